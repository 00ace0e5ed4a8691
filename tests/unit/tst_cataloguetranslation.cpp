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
    // The catalogue comes in every language the interface is translated into.
    void shipsGermanAndSpanish()
    {
        const QStringList languages = CatalogueTranslation::builtInLanguages();
        QCOMPARE(languages.first(), u"en"_s);
        QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u' ')));
        QVERIFY2(languages.contains(u"es"_s), qPrintable(languages.join(u' ')));
        QCOMPARE(CatalogueTranslation::languageFor(QLocale(QLocale::Spanish, QLocale::Mexico)),
                 u"es"_s);
        QCOMPARE(CatalogueTranslation::languageFor(QLocale(QLocale::German, QLocale::Austria)),
                 u"de"_s);
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
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("remove"); // remove KEY, or add it as a stale one
        QTest::addColumn<QString>("message");
        for (const QString &l : CatalogueTranslation::builtInLanguages()) {
            if (l == u"en"_s)
                continue;
            QTest::addRow("%s: entry missing", qPrintable(l))
                << l << u"cka"_s << true << u"certifications.cka: the notes are missing"_s;
            QTest::addRow("%s: stale entry", qPrintable(l))
                << l << u"cobol"_s << false
                << u"certifications.cobol: the catalogue has no such key"_s;
        }
    }

    void incompleteOrStaleIsRefused()
    {
        QFETCH(QString, language);
        QFETCH(QString, key);
        QFETCH(bool, remove);
        QJsonObject root = QJsonDocument::fromJson(resource(language)).object();
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

    void followsTheInterfaceLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("notes"); // how the first entry's notes begin
        QTest::addColumn<QString>("note"); // how the catalogue's note begins
        QTest::addColumn<QString>("upliftNote");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany)
                            << u"Prüfung MLA-C01, 130 Minuten"_s << u"Die üblichen Kosten"_s
                            << u"Die erwarteten Gehaltssteigerungen"_s;
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain) << u"Examen MLA-C01"_s
                            << u"Los costes"_s << u"Los aumentos salariales"_s;
    }

    // With the interface in German or Spanish, a certification added from the catalogue has
    // notes in that language; its name stays as the issuer writes it.
    void followsTheInterfaceLanguage()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        const CertificationCatalogue cat = CertificationCatalogue::builtIn();
        QLocale::setDefault(QLocale::c());
        QCOMPARE(cat.entries.first().key, u"aws-ml-engineer-associate"_s);
        const Certification c = cat.toCertification(cat.entries.first());
        QCOMPARE(c.name, u"AWS Certified Machine Learning Engineer – Associate"_s);
        QFETCH(QString, notes);
        QFETCH(QString, note);
        QFETCH(QString, upliftNote);
        QVERIFY2(c.notes.startsWith(notes), qPrintable(c.notes));
        QVERIFY2(cat.note.startsWith(note), qPrintable(cat.note));
        QVERIFY2(cat.upliftNote.startsWith(upliftNote), qPrintable(cat.upliftNote));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueTranslation)
#include "tst_cataloguetranslation.moc"
