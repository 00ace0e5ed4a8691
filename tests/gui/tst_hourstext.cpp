#include "common/languages.h"
#include "domain/hourstext.h"
#include "interviews/interviewsessionsmodel.h"
#include "interviews/interviewstore.h"
#include "uiworkbenchfixture.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Hours as every page shows them (HoursText): the chosen language's words and plural forms,
// its decimal comma, and a tenth only where it says something. A GUI test because the
// translations are embedded in the ui library.
class TestHoursText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void format_data();
    void format();
    void anInterviewsLengthReadsAsEveryOtherLength();

private:
    void removeTranslators();
    QTemporaryDir m_dir;
};

void TestHoursText::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_hourstext"_s);
}

void TestHoursText::removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestHoursText::cleanup()
{
    removeTranslators();
    Languages::setPreferred(QString());
    QLocale::setDefault(QLocale::c());
}

void TestHoursText::format_data()
{
    QTest::addColumn<QString>("language"); // "" = English under the C locale
    QTest::addColumn<QString>("form");
    QTest::addColumn<double>("hours");
    QTest::addColumn<QString>("expected");

    const QString en;
    const QString de = u"de"_s;
    const QString es = u"es"_s;
    QTest::newRow("en number whole") << en << u"number"_s << 12.0 << u"12"_s;
    QTest::newRow("en number tenth") << en << u"number"_s << 1.5 << u"1.5"_s;
    QTest::newRow("en number rounds to a whole") << en << u"number"_s << 2.04 << u"2"_s;
    QTest::newRow("en number rounds to a tenth") << en << u"number"_s << 0.4166 << u"0.4"_s;
    QTest::newRow("en number thousands") << en << u"number"_s << 1250.0 << u"1,250"_s;
    QTest::newRow("en number no minus zero") << en << u"number"_s << -0.01 << u"0"_s;
    QTest::newRow("en short") << en << u"abbreviated"_s << 12.5 << u"12.5 h"_s;
    QTest::newRow("en short whole") << en << u"abbreviated"_s << 14.0 << u"14 h"_s;
    QTest::newRow("en short zero") << en << u"abbreviated"_s << 0.0 << u"0 h"_s;
    QTest::newRow("en one hour") << en << u"spelled"_s << 1.0 << u"1 hour"_s;
    QTest::newRow("en hours") << en << u"spelled"_s << 12.0 << u"12 hours"_s;
    QTest::newRow("en zero hours") << en << u"spelled"_s << 0.0 << u"0 hours"_s;
    QTest::newRow("en fraction") << en << u"spelled"_s << 1.5 << u"1.5 hours"_s;
    QTest::newRow("en minutes") << en << u"minutes"_s << 45.0 << u"45 min"_s;
    QTest::newRow("en an hour and a half") << en << u"minutes"_s << 90.0 << u"1.5 h"_s;
    QTest::newRow("en two hours") << en << u"minutes"_s << 120.0 << u"2 h"_s;
    QTest::newRow("en no minutes") << en << u"minutes"_s << 0.0 << u"0 h"_s;
    QTest::newRow("en length") << en << u"length"_s << 45.0 << u"45 min"_s;
    QTest::newRow("en length past an hour") << en << u"length"_s << 90.0 << u"90 min"_s;
    QTest::newRow("en length thousands") << en << u"length"_s << 1250.0 << u"1,250 min"_s;

    QTest::newRow("de number tenth") << de << u"number"_s << 1.5 << u"1,5"_s;
    QTest::newRow("de number thousands") << de << u"number"_s << 1250.0 << u"1.250"_s;
    QTest::newRow("de short") << de << u"abbreviated"_s << 12.5 << u"12,5 h"_s;
    QTest::newRow("de one hour") << de << u"spelled"_s << 1.0 << u"1 Stunde"_s;
    QTest::newRow("de hours") << de << u"spelled"_s << 3.0 << u"3 Stunden"_s;
    QTest::newRow("de fraction") << de << u"spelled"_s << 2.5 << u"2,5 Stunden"_s;
    QTest::newRow("de minutes") << de << u"minutes"_s << 45.0 << u"45 Min."_s;
    QTest::newRow("de minutes as hours") << de << u"minutes"_s << 75.0 << u"1,3 h"_s;
    QTest::newRow("de length") << de << u"length"_s << 90.0 << u"90 Min."_s;

    QTest::newRow("es one hour") << es << u"spelled"_s << 1.0 << u"1 hora"_s;
    QTest::newRow("es fraction") << es << u"spelled"_s << 1.5 << u"1,5 horas"_s;
    QTest::newRow("es short") << es << u"abbreviated"_s << 6.0 << u"6 h"_s;
}

void TestHoursText::format()
{
    QFETCH(QString, language);
    QFETCH(QString, form);
    QFETCH(double, hours);
    QFETCH(QString, expected);

    if (language.isEmpty())
        QLocale::setDefault(QLocale::c());
    Languages::setPreferred(language);
    Languages::install(QCoreApplication::instance());
    const QLocale locale;

    QString text;
    if (form == u"number"_s)
        text = HoursText::number(hours, locale);
    else if (form == u"abbreviated"_s)
        text = HoursText::abbreviated(hours, locale);
    else if (form == u"spelled"_s)
        text = HoursText::spelled(hours, locale);
    else if (form == u"minutes"_s)
        text = HoursText::fromMinutes(int(hours), locale);
    else
        text = HoursText::minutes(int(hours), locale);
    QCOMPARE(text, expected);
}

// The interview list shows a session's length as the study log shows minutes, in every
// language (it had a "%1 min" of its own, left as "min" in German where the rest says "Min.").
void TestHoursText::anInterviewsLengthReadsAsEveryOtherLength()
{
    UiWorkbenchFixture fx;
    QVERIFY(fx.open());
    InterviewStore store(fx.context());
    InterviewSession session;
    session.date = QDate(2026, 3, 2);
    session.durationMinutes = 45;
    QVERIFY(store.addSession(session).ok());
    InterviewSessionsModel model(&store);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex duration = model.index(0, InterviewSessionsModel::Duration);

    for (const QString &language : {u"de"_s, u"es"_s, QString()}) {
        if (language.isEmpty())
            QLocale::setDefault(QLocale::c());
        Languages::setPreferred(language);
        Languages::install(QCoreApplication::instance());
        QCOMPARE(duration.data().toString(), HoursText::fromMinutes(45));
        if (language == u"de"_s)
            QCOMPARE(duration.data().toString(), u"45 Min."_s);
    }
}

QTEST_MAIN(TestHoursText)
#include "tst_hourstext.moc"
