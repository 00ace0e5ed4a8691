#include "calc/impactline.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<bool>)

// The lines a resume shows for a project's metrics: signs, units, missing and zero baselines,
// and numbers in the user's locale.
class TestImpactLine : public QObject
{
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::optional<double>>("baseline");
        QTest::addColumn<double>("achieved");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("higherIsBetter");
        QTest::addColumn<QString>("expected");

        // "->" stands for the arrow, "~" for the minus sign U+2212.
        const auto line = [](QString s) {
            return s.replace(u"->"_s, QString(QChar(0x2192))).replace(u'~', QChar(0x2212));
        };
        QTest::newRow("higher is better")
            << u"en_US"_s << u"F1"_s << std::optional(0.71) << 0.84 << QString() << true
            << line(u"F1 0.71 -> 0.84 (+18.3%)"_s);
        QTest::newRow("lower is better")
            << u"en_US"_s << u"p95 latency"_s << std::optional(420.0) << 95.0 << u"ms"_s << false
            << line(u"p95 latency 420 ms -> 95 ms (~77.4%)"_s);
        QTest::newRow("German") << u"de_DE"_s << u"F1"_s << std::optional(0.71) << 0.84 << QString()
                                << true << line(u"F1 0,71 -> 0,84 (+18,3%)"_s);
        QTest::newRow("German thousands")
            << u"de_DE"_s << u"Durchsatz"_s << std::optional(1250.5) << 4000.0 << u"req/s"_s << true
            << line(u"Durchsatz 1.250,5 req/s -> 4.000 req/s (+219,9%)"_s);
        QTest::newRow("missing baseline") << u"en_US"_s << u"F1"_s << std::optional<double>()
                                          << 0.84 << QString() << true << u"F1 0.84"_s;
        QTest::newRow("zero baseline") << u"en_US"_s << u"Users"_s << std::optional(0.0) << 12.0
                                       << QString() << true << u"Users from 0 to 12"_s;
        QTest::newRow("zero baseline with unit")
            << u"en_US"_s << u"Savings"_s << std::optional(0.0) << 1500.0 << u"EUR"_s << true
            << u"Savings from 0 EUR to 1,500 EUR"_s;
        QTest::newRow("negative baseline rising")
            << u"en_US"_s << u"Margin"_s << std::optional(-10.0) << -5.0 << u"%"_s << true
            << line(u"Margin -10% -> -5% (+50.0%)"_s);
        QTest::newRow("negative baseline falling")
            << u"en_US"_s << u"Margin"_s << std::optional(-4.0) << -6.0 << u"%"_s << true
            << line(u"Margin -4% -> -6% (~50.0%)"_s);
        QTest::newRow("no change") << u"en_US"_s << u"Recall"_s << std::optional(0.9) << 0.9
                                   << QString() << true << line(u"Recall 0.9 -> 0.9 (0.0%)"_s);
        QTest::newRow("percent unit") << u"en_US"_s << u"Accuracy"_s << std::optional(80.0) << 92.0
                                      << u"%"_s << true << line(u"Accuracy 80% -> 92% (+15.0%)"_s);
        QTest::newRow("to zero") << u"en_US"_s << u"Errors"_s << std::optional(40.0) << 0.0
                                 << QString() << false << line(u"Errors 40 -> 0 (~100.0%)"_s);
    }

    void text()
    {
        QFETCH(QString, locale);
        QFETCH(QString, name);
        QFETCH(std::optional<double>, baseline);
        QFETCH(double, achieved);
        QFETCH(QString, unit);
        QFETCH(bool, higherIsBetter);
        QFETCH(QString, expected);
        ProjectMetric m;
        m.name = name;
        m.baseline = baseline;
        m.achieved = achieved;
        m.unit = unit;
        m.higherIsBetter = higherIsBetter;
        QCOMPARE(ImpactLine::text(m, QLocale(locale)), expected);
    }

    void improved_data()
    {
        QTest::addColumn<std::optional<double>>("baseline");
        QTest::addColumn<double>("achieved");
        QTest::addColumn<bool>("higherIsBetter");
        QTest::addColumn<std::optional<bool>>("expected");
        QTest::newRow("up, higher better")
            << std::optional(1.0) << 2.0 << true << std::optional(true);
        QTest::newRow("down, lower better")
            << std::optional(420.0) << 95.0 << false << std::optional(true);
        QTest::newRow("up, lower better")
            << std::optional(95.0) << 420.0 << false << std::optional(false);
        QTest::newRow("no baseline")
            << std::optional<double>() << 3.0 << true << std::optional<bool>();
        QTest::newRow("unchanged") << std::optional(3.0) << 3.0 << true << std::optional<bool>();
    }

    void improved()
    {
        QFETCH(std::optional<double>, baseline);
        QFETCH(double, achieved);
        QFETCH(bool, higherIsBetter);
        QFETCH(std::optional<bool>, expected);
        ProjectMetric m;
        m.name = u"m"_s;
        m.baseline = baseline;
        m.achieved = achieved;
        m.higherIsBetter = higherIsBetter;
        QCOMPARE(ImpactLine::improved(m), expected);
    }

    void zeroBaselineHasNoPercent()
    {
        ProjectMetric m;
        m.baseline = 0.0;
        m.achieved = 12;
        QVERIFY(!ImpactLine::percentChange(m).has_value());
        m.baseline.reset();
        QVERIFY(!ImpactLine::percentChange(m).has_value());
    }
};

QTEST_GUILESS_MAIN(TestImpactLine)
#include "tst_impactline.moc"
