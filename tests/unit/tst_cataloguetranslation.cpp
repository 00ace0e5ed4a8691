#include "io/cataloguetranslation.h"
#include "io/certificationcatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The certification catalogue's notes come in each shipped language, complete, as data, and
// follow the language of the interface; names, issuers and figures stay as they are.
class TestCatalogueTranslation : public QObject
{
    Q_OBJECT

private:
    static QByteArray resource(const QString &language)
    {
        QFile f(CatalogueTranslation::resourceFor(language));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static CertificationCatalogue english()
    {
        return CertificationCatalogue::builtIn(QLocale::c());
    }

private slots:
    void shipsSpanish()
    {
        const QStringList languages = CatalogueTranslation::builtInLanguages();
        QCOMPARE(languages.first(), u"en"_s);
        QVERIFY2(languages.contains(u"es"_s), qPrintable(languages.join(u' ')));
        QCOMPARE(CatalogueTranslation::languageFor(QLocale(QLocale::Spanish, QLocale::Mexico)),
                 u"es"_s);
        QCOMPARE(CatalogueTranslation::languageFor(QLocale::c()), u"en"_s);
        QCOMPARE(CatalogueTranslation::languageFor(QLocale(QLocale::Japanese)), u"en"_s);
    }

    void everyTranslationIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : CatalogueTranslation::builtInLanguages())
            if (l != u"en"_s)
                QTest::newRow(qPrintable(l)) << l;
    }

    // Every note is translated; nothing but the texts changes.
    void everyTranslationIsComplete()
    {
        QFETCH(QString, language);
        CertificationCatalogue t = english();
        QString error;
        QVERIFY2(CatalogueTranslation::apply(&t, resource(language), &error), qPrintable(error));
        const CertificationCatalogue en = english();
        QVERIFY(t.note != en.note);
        QVERIFY(t.upliftNote != en.upliftNote);
        QCOMPARE(t.entries.size(), en.entries.size());
        for (qsizetype i = 0; i < en.entries.size(); ++i) {
            QCOMPARE(t.entries[i].key, en.entries[i].key);
            QCOMPARE(t.entries[i].name, en.entries[i].name);
            QCOMPARE(t.entries[i].examCost, en.entries[i].examCost);
            QVERIFY2(t.entries[i].notes != en.entries[i].notes, qPrintable(en.entries[i].key));
        }
    }

    void incompleteOrStaleIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("remove"); // remove KEY, or add it as a stale one
        QTest::addColumn<QString>("message");
        QTest::newRow("entry missing")
            << u"cka"_s << true << u"certifications.cka: the notes are missing"_s;
        QTest::newRow("stale entry")
            << u"cobol"_s << false << u"certifications.cobol: the catalogue has no such key"_s;
    }

    void incompleteOrStaleIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(bool, remove);
        QJsonObject root = QJsonDocument::fromJson(resource(u"es"_s)).object();
        QJsonObject entries = root.value("certifications"_L1).toObject();
        if (remove)
            entries.remove(key);
        else
            entries.insert(key, QJsonObject {{u"notes"_s, u"x"_s}});
        root.insert(u"certifications"_s, entries);
        CertificationCatalogue t = english();
        QString error;
        QVERIFY(!CatalogueTranslation::apply(&t, QJsonDocument(root).toJson(), &error));
        QTEST(error, "message");
        QCOMPARE(t.note, english().note); // left as it was
    }

    // With the interface in Spanish, a certification added from the catalogue has Spanish notes.
    void followsTheInterfaceLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        const CertificationCatalogue cat = CertificationCatalogue::builtIn();
        QLocale::setDefault(QLocale::c());
        QCOMPARE(cat.entries.first().key, u"aws-ml-engineer-associate"_s);
        const Certification c = cat.toCertification(cat.entries.first());
        QVERIFY2(c.notes.startsWith(u"Examen MLA-C01"_s), qPrintable(c.notes));
        QVERIFY2(cat.note.startsWith(u"Los costes"_s), qPrintable(cat.note));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueTranslation)
#include "tst_cataloguetranslation.moc"
