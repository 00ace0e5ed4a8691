#include "domain/projectvalidator.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

// What the editor shows beside a field, and which links the app opens in a browser.
class TestProjectValidator : public QObject
{
    Q_OBJECT

private slots:
    void validProject()
    {
        Project p;
        p.name = u"Churn model"_s;
        p.repositoryUrl = u"https://github.com/me/churn"_s;
        QVERIFY(ProjectValidator::problems(p).isEmpty());
    }

    void problemsByField()
    {
        Project p;
        p.name = u"  "_s;
        p.pitch = u"two\nlines"_s;
        p.startedOn = QDate(2026, 5, 1);
        p.finishedOn = QDate(2026, 4, 1);
        p.repositoryUrl = u"file:///etc/passwd"_s;
        p.demoUrl = u"javascript:alert(1)"_s;
        ProjectMetric m;
        p.metrics << m;
        const auto problems = ProjectValidator::problems(p);
        QCOMPARE(problems.keys(),
                 QStringList({u"demoUrl"_s, u"finishedOn"_s, u"metrics.0.name"_s, u"name"_s,
                              u"pitch"_s, u"repositoryUrl"_s}));
    }

    void openableUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << u"https://example.com/x"_s << true;
        QTest::newRow("http") << u"http://example.com"_s << true;
        QTest::newRow("upper case scheme") << u"HTTPS://example.com"_s << true;
        QTest::newRow("file") << u"file:///home/me"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("no scheme") << u"example.com"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void openableUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(ProjectValidator::isOpenableUrl(url), openable);
    }

    void images()
    {
        QImage img(8, 8, QImage::Format_RGB32);
        img.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(img.save(&buffer, "PNG"));
        QString mime;
        QCOMPARE(ProjectValidator::imageProblem(png, &mime), QString());
        QCOMPARE(mime, u"image/png"_s);
        QVERIFY(!ProjectValidator::imageProblem("not an image").isEmpty());
        QVERIFY(!ProjectValidator::imageProblem({}).isEmpty());
        QByteArray huge = png;
        huge.append(QByteArray(ProjectImage::MaxBytes, 'x'));
        QVERIFY(!ProjectValidator::imageProblem(huge).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectValidator)
#include "tst_projectvalidator.moc"
