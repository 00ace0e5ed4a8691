#include "io/certificationcatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The catalogue's salary-gain figures: present for every entry, dated, labelled as estimates,
// with their sources named, and only used when the user picks one.
class TestCertificationCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryHasAnEstimatedRange()
    {
        const CertificationCatalogue cat = CertificationCatalogue::builtIn();
        QVERIFY(cat.entries.size() >= 10);
        QVERIFY(cat.upliftWrittenOn.isValid());
        QVERIFY(cat.upliftNote.contains(u"estimates"_s));
        QVERIFY(cat.upliftSources.size() >= 3);
        for (const auto &s : cat.upliftSources)
            QVERIFY2(!s.title.isEmpty() && !s.publisher.isEmpty(), qPrintable(s.title));
        for (const auto &e : cat.entries) {
            QVERIFY2(e.uplift, qPrintable(e.key));
            QVERIFY(e.uplift->low <= e.uplift->likely && e.uplift->likely <= e.uplift->high);
            QVERIFY2(e.uplift->high > 0 && e.uplift->high <= 30, qPrintable(e.key));
        }
    }

    void pickedEstimateBecomesTheExpectedGain_data()
    {
        QTest::addColumn<int>("estimate");
        QTest::addColumn<double>("percent"); // -1: none
        using E = CertificationCatalogue::Estimate;
        QTest::newRow("none picked") << int(E::None) << -1.0;
        QTest::newRow("low") << int(E::Low) << 3.0;
        QTest::newRow("likely") << int(E::Likely) << 6.0;
        QTest::newRow("high") << int(E::High) << 12.0;
    }

    void pickedEstimateBecomesTheExpectedGain()
    {
        QFETCH(int, estimate);
        QFETCH(double, percent);
        const CertificationCatalogue cat = CertificationCatalogue::builtIn();
        const auto &aws = cat.entries.first();
        QCOMPARE(aws.key, u"aws-ml-engineer-associate"_s);
        const Certification c
            = cat.toCertification(aws, CertificationCatalogue::Estimate(estimate));
        QCOMPARE(c.upliftPercent.value_or(-1), percent);
        QVERIFY(!c.upliftAmount);
        QCOMPARE(c.notes.contains(u"estimate"_s), percent >= 0);
        QVERIFY(c.notes.startsWith(aws.notes));
    }

    void badRangeIsRefused()
    {
        const QByteArray json = R"({"format": "career-workbench-certification-catalogue",
            "version": 1, "salary_uplift": {"written_on": "2026-11-29",
            "sources": [{"title": "t", "publisher": "p"}]},
            "certifications": [{"key": "k", "name": "n",
            "salary_uplift_percent": {"low": 5, "likely": 2, "high": 9}}]})";
        QString error;
        QVERIFY(!CertificationCatalogue::parse(json, &error));
        QCOMPARE(error,
                 u"certifications[0].salary_uplift_percent: expected low <= likely <= high"_s);
        const QByteArray undated = QByteArray(json).replace("2026-11-29", "").replace("5,", "1,");
        QVERIFY(!CertificationCatalogue::parse(undated, &error));
        QCOMPARE(error, u"salary_uplift: estimates need a date and their sources"_s);
    }
};

QTEST_GUILESS_MAIN(TestCertificationCatalogue)
#include "tst_certificationcatalogue.moc"
