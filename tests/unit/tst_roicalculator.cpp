#include "calc/roicalculator.h"

#include <QTest>

#include <cmath>

// The ROI engine: the worked example, each edge case, renewals inside and beyond the
// horizon, uplift as a share of salary and planned versus logged hours.
class TestRoiCalculator : public QObject
{
    Q_OBJECT

private:
    static RoiCalculator::Inputs workedExample()
    {
        RoiCalculator::Inputs in;
        in.examCost = 300;
        in.materialsCost = 100;
        in.otherCost = 0;
        in.plannedHours = 80;
        in.hourlyValue = 40;
        in.upliftAmount = 10000;
        in.taxRate = 0.30;
        in.discountRate = 0.08;
        in.horizonYears = 3;
        return in;
    }

    static bool isFinite(const std::optional<double> &v) { return !v || std::isfinite(*v); }
    static void verifyFinite(const RoiCalculator::Result &r)
    {
        QVERIFY(std::isfinite(r.totalCost));
        QVERIFY(std::isfinite(r.timeCost));
        QVERIFY(std::isfinite(r.annualBenefit));
        QVERIFY(std::isfinite(r.npv));
        QVERIFY(isFinite(r.roiPercent));
        QVERIFY(isFinite(r.paybackMonths));
        QVERIFY(isFinite(r.valuePerStudyHour));
    }

private slots:
    void workedExample_()
    {
        const RoiCalculator::Result r = RoiCalculator::calculate(workedExample());
        QVERIFY(r.isValid());
        QCOMPARE(r.cashCost, 400.0);
        QCOMPARE(r.renewals, 0);
        QCOMPARE(r.timeCost, 3200.0);
        QCOMPARE(r.totalCost, 3600.0);
        QCOMPARE(r.annualBenefit, 7000.0);
        QVERIFY(!r.free);
        QVERIFY(!r.noPayback);
        QVERIFY(r.roiPercent);
        // (21,000 - 3,600) / 3,600 = 483.3 %
        QCOMPARE(std::round(*r.roiPercent * 10) / 10, 483.3);
        QVERIFY(r.paybackMonths);
        // 3,600 / 583.33 = 6.2 months
        QCOMPARE(std::round(*r.paybackMonths * 10) / 10, 6.2);
        // 7,000 x 2.5771 - 3,600 = 14,439.7
        QCOMPARE(std::round(r.npv * 10) / 10, 14439.7);
        QVERIFY(r.valuePerStudyHour);
        // (21,000 - 400) / 80 h
        QCOMPARE(*r.valuePerStudyHour, 257.5);
    }

    void breakEvenCrossesZeroAtPayback()
    {
        const RoiCalculator::Result r = RoiCalculator::calculate(workedExample());
        const QList<QPointF> series = RoiCalculator::breakEvenSeries(r, 3);
        QCOMPARE(series.size(), 37);
        QCOMPARE(series.first().y(), -3600.0);
        QVERIFY(series.at(6).y() < 0);
        QVERIFY(series.at(7).y() > 0);
        QVERIFY(std::abs(RoiCalculator::cumulativeNet(r, *r.paybackMonths)) < 1e-6);
        QCOMPARE(series.last().y(), 21000.0 - 3600.0);
    }

    void edgeCases_data()
    {
        QTest::addColumn<double>("exam");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("uplift");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("free");
        QTest::addColumn<bool>("noPayback");
        QTest::addColumn<bool>("hasRoi");
        QTest::addColumn<bool>("hasPayback");

        QTest::newRow("free with benefit")
            << 0.0 << 0.0 << 1000.0 << 3 << true << true << false << false << true;
        QTest::newRow("free without benefit")
            << 0.0 << 0.0 << 0.0 << 3 << true << true << true << false << false;
        QTest::newRow("cost without benefit")
            << 300.0 << 10.0 << 0.0 << 3 << true << false << true << true << false;
        QTest::newRow("zero horizon refused")
            << 300.0 << 10.0 << 1000.0 << 0 << false << false << false << false << false;
        QTest::newRow("negative horizon refused")
            << 300.0 << 10.0 << 1000.0 << -2 << false << false << false << false << false;
        QTest::newRow("negative cost refused")
            << -1.0 << 10.0 << 1000.0 << 3 << false << false << false << false << false;
        QTest::newRow("negative hours refused")
            << 1.0 << -10.0 << 1000.0 << 3 << false << false << false << false << false;
        QTest::newRow("negative uplift refused")
            << 1.0 << 10.0 << -1000.0 << 3 << false << false << false << false << false;
    }

    void edgeCases()
    {
        QFETCH(double, exam);
        QFETCH(double, hours);
        QFETCH(double, uplift);
        QFETCH(int, horizon);
        RoiCalculator::Inputs in;
        in.examCost = exam;
        in.plannedHours = hours;
        in.hourlyValue = 40;
        in.upliftAmount = uplift;
        in.horizonYears = horizon;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QTEST(r.isValid(), "valid");
        QTEST(r.free, "free");
        QTEST(r.noPayback, "noPayback");
        QTEST(r.roiPercent.has_value(), "hasRoi");
        QTEST(r.paybackMonths.has_value(), "hasPayback");
        verifyFinite(r);
    }

    void zeroHorizonNamesTheReason()
    {
        RoiCalculator::Inputs in = workedExample();
        in.horizonYears = 0;
        QCOMPARE(RoiCalculator::calculate(in).refusal, RoiCalculator::Refusal::ZeroHorizon);
        in = workedExample();
        in.taxRate = 1.5;
        QCOMPARE(RoiCalculator::calculate(in).refusal, RoiCalculator::Refusal::BadRate);
        in = workedExample();
        in.discountRate = -1;
        QCOMPARE(RoiCalculator::calculate(in).refusal, RoiCalculator::Refusal::BadRate);
    }

    void freeCertificationPaysBackAtOnce()
    {
        RoiCalculator::Inputs in;
        in.upliftAmount = 1200;
        in.taxRate = 0;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QVERIFY(r.free);
        QCOMPARE(*r.paybackMonths, 0.0);
        QVERIFY(!r.valuePerStudyHour);
        QCOMPARE(r.npv, 1200 / 1.08 + 1200 / (1.08 * 1.08) + 1200 / (1.08 * 1.08 * 1.08));
    }

    void fullTaxMeansNoPayback()
    {
        RoiCalculator::Inputs in = workedExample();
        in.taxRate = 1.0;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QVERIFY(r.isValid());
        QVERIFY(r.noPayback);
        QCOMPARE(*r.roiPercent, -100.0);
        QCOMPARE(r.npv, -3600.0);
    }

    void renewals_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("renewals");
        QTest::addColumn<double>("totalCost");

        // Renewal cost 50; base total 3,600 (worked example).
        QTest::newRow("none") << 0 << 3 << 0 << 3600.0;
        QTest::newRow("yearly, 3 years: months 12 and 24") << 12 << 3 << 2 << 3700.0;
        QTest::newRow("two-yearly, 3 years: month 24") << 24 << 3 << 1 << 3650.0;
        QTest::newRow("three-yearly falls at the horizon's end") << 36 << 3 << 0 << 3600.0;
        QTest::newRow("beyond the horizon") << 60 << 3 << 0 << 3600.0;
        QTest::newRow("three-yearly, 5 years: month 36") << 36 << 5 << 1 << 3650.0;
        QTest::newRow("half-yearly, 1 year") << 6 << 1 << 1 << 3650.0;
    }

    void renewals()
    {
        QFETCH(int, period);
        QFETCH(int, horizon);
        RoiCalculator::Inputs in = workedExample();
        in.renewalCost = 50;
        in.renewalPeriodMonths = period;
        in.horizonYears = horizon;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QTEST(r.renewals, "renewals");
        QTEST(r.totalCost, "totalCost");
        QCOMPARE(r.renewalCost, 50.0 * r.renewals);
    }

    void upliftAsPercentOfSalary()
    {
        RoiCalculator::Inputs in = workedExample();
        in.upliftAmount.reset();
        in.upliftPercent = 12.5;
        in.currentSalary = 80000;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QCOMPARE(r.annualUplift, 10000.0);
        QCOMPARE(r.annualBenefit, 7000.0);
        QCOMPARE(std::round(r.npv * 10) / 10, 14439.7);

        in.currentSalary = 0; // no salary yet: the gain is unknown, not nothing
        const RoiCalculator::Result unknown = RoiCalculator::calculate(in);
        QCOMPARE(unknown.refusal, RoiCalculator::Refusal::SalaryMissing);
        QVERIFY(unknown.isInputMissing());
        QVERIFY(!unknown.noPayback);
        QVERIFY(!unknown.roiPercent);
        QCOMPARE(unknown.totalCost, 3600.0); // the cost is known and still shown
        QVERIFY(RoiCalculator::breakEvenSeries(unknown, 3).isEmpty());
    }

    void inputMissing_data()
    {
        QTest::addColumn<bool>("amount");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<double>("salary");
        QTest::addColumn<double>("hourlyValue");
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("refusal");

        using R = RoiCalculator::Refusal;
        QTest::newRow("no uplift at all")
            << false << false << 80000.0 << 40.0 << 80.0 << int(R::UpliftMissing);
        QTest::newRow("percent of no salary")
            << false << true << 0.0 << 40.0 << 80.0 << int(R::SalaryMissing);
        QTest::newRow("study hour valued from no salary")
            << true << false << 0.0 << 0.0 << 80.0 << int(R::SalaryMissing);
        QTest::newRow("no study, no salary needed")
            << true << false << 0.0 << 0.0 << 0.0 << int(R::None);
        QTest::newRow("hour valued by the user")
            << true << false << 0.0 << 25.0 << 80.0 << int(R::None);
    }

    void inputMissing()
    {
        QFETCH(bool, amount);
        QFETCH(bool, percent);
        RoiCalculator::Inputs in = workedExample();
        in.upliftAmount.reset();
        if (amount)
            in.upliftAmount = 10000;
        if (percent)
            in.upliftPercent = 10;
        QFETCH(double, salary);
        QFETCH(double, hourlyValue);
        QFETCH(double, hours);
        in.currentSalary = salary;
        in.hourlyValue = hourlyValue;
        in.plannedHours = hours;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QTEST(int(r.refusal), "refusal");
        verifyFinite(r);
    }

    // Worked example, exam in six months: nothing is earned before the exam, so payback moves
    // out by six months and the first half year of benefit is lost from the horizon.
    void benefitsStartAfterTheExam()
    {
        RoiCalculator::Inputs in = workedExample();
        in.benefitStartMonths = 6;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QVERIFY(r.isValid());
        // 6 + 3,600 / 583.33 = 12.2 months
        QCOMPARE(std::round(*r.paybackMonths * 10) / 10, 12.2);
        // (583.33 x 30 months - 3,600) / 3,600 = (17,500 - 3,600) / 3,600 = 386.1 %
        QCOMPARE(std::round(*r.roiPercent * 10) / 10, 386.1);
        // 3,500 / 1.08 + 7,000 / 1.08^2 + 7,000 / 1.08^3 - 3,600 = 11,198.9
        QCOMPARE(std::round(r.npv * 10) / 10, 11198.9);
        // (17,500 - 400) / 80 h
        QCOMPARE(*r.valuePerStudyHour, 213.75);
        const QList<QPointF> series = RoiCalculator::breakEvenSeries(r, 3);
        QCOMPARE(series.at(6).y(), -3600.0); // nothing earned until the exam
        QVERIFY(series.at(12).y() < 0);
        QVERIFY(series.at(13).y() > 0);
        QVERIFY(std::abs(RoiCalculator::cumulativeNet(r, *r.paybackMonths)) < 1e-6);
        // The first renewal is a period after the exam, not after today.
        in.renewalCost = 50;
        in.renewalPeriodMonths = 24;
        const RoiCalculator::Result renewed = RoiCalculator::calculate(in);
        QCOMPARE(renewed.renewals, 1);
        QCOMPARE(renewed.renewalDueMonths.first(), 30.0);
        QCOMPARE(RoiCalculator::cumulativeNet(renewed, 29)
                     - RoiCalculator::cumulativeNet(renewed, 30),
                 50.0 - 583.3333333333334);
    }

    // An earned certification renewed yearly, the next renewal due in 65 days (month 2): the
    // exam, materials and study are spent and do not count; each renewal counts when it falls.
    void renewalFallsWhenDue()
    {
        RoiCalculator::Inputs in = workedExample();
        in.decision = RoiCalculator::Decision::Renewal;
        in.firstRenewalMonths = 65 / (365.25 / 12);
        in.renewalCost = 150;
        in.renewalPeriodMonths = 12;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QVERIFY(r.isValid());
        QCOMPARE(r.cashCost, 0.0);
        QCOMPARE(r.timeCost, 0.0);
        QCOMPARE(r.renewals, 3); // months 2, 14 and 26
        QCOMPARE(r.totalCost, 450.0);
        const QList<QPointF> series = RoiCalculator::breakEvenSeries(r, 3);
        QCOMPARE(series.at(0).y(), 0.0);
        QCOMPARE(series.at(1).y(), 0.0);
        QCOMPARE(series.at(2).y(), -150.0); // month 2, not month 0
        QVERIFY(series.at(14).y() < series.at(13).y() + 583.34);
        // Renewing keeps the gain from the due date: 583.33 x (36 - 2.14) months.
        QCOMPARE(std::round(*r.roiPercent),
                 std::round((7000.0 / 12 * (36 - *in.firstRenewalMonths) - 450) / 450 * 100));
        // Pays back 150 / 583.33 = 0.26 months after the renewal.
        QCOMPARE(std::round(*r.paybackMonths * 100) / 100,
                 std::round((*in.firstRenewalMonths + 150 / (7000.0 / 12)) * 100) / 100);
        QVERIFY(!r.valuePerStudyHour);

        in.decision = RoiCalculator::Decision::None;
        QCOMPARE(RoiCalculator::calculate(in).refusal, RoiCalculator::Refusal::NoOpenDecision);
    }

    void plannedHoursUntilLoggedExceedThem_data()
    {
        QTest::addColumn<double>("planned");
        QTest::addColumn<double>("logged");
        QTest::addColumn<double>("counted");

        QTest::newRow("nothing logged") << 80.0 << 0.0 << 80.0;
        QTest::newRow("logged below plan") << 80.0 << 30.5 << 80.0;
        QTest::newRow("logged equals plan") << 80.0 << 80.0 << 80.0;
        QTest::newRow("logged beyond plan") << 80.0 << 95.25 << 95.25;
        QTest::newRow("no plan") << 0.0 << 12.0 << 12.0;
    }

    void plannedHoursUntilLoggedExceedThem()
    {
        QFETCH(double, planned);
        QFETCH(double, logged);
        QFETCH(double, counted);
        RoiCalculator::Inputs in = workedExample();
        in.plannedHours = planned;
        in.loggedHours = logged;
        const RoiCalculator::Result r = RoiCalculator::calculate(in);
        QCOMPARE(r.studyHours, counted);
        QCOMPARE(r.timeCost, counted * 40);
    }

    void ranking_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<QString>("expected");
        QTest::newRow("npv") << int(RoiCalculator::RankBy::Npv) << QStringLiteral("BACDMEN");
        QTest::newRow("roi") << int(RoiCalculator::RankBy::Roi) << QStringLiteral("CABDMEN");
        QTest::newRow("payback") << int(RoiCalculator::RankBy::Payback)
                                 << QStringLiteral("CABDMEN");
    }

    void ranking()
    {
        QFETCH(int, by);
        // A: the worked example. B: a larger uplift on a larger cost. C: free with a benefit.
        // D: no benefit. M: uplift unknown. E: refused (zero horizon). N: no open decision.
        RoiCalculator::Inputs a = workedExample();
        RoiCalculator::Inputs b = workedExample();
        b.examCost = 8000;
        b.upliftAmount = 20000;
        RoiCalculator::Inputs c;
        c.upliftAmount = 100;
        RoiCalculator::Inputs d = workedExample();
        d.upliftAmount = 0;
        RoiCalculator::Inputs e = workedExample();
        e.horizonYears = 0;
        RoiCalculator::Inputs m = workedExample();
        m.upliftAmount.reset();
        RoiCalculator::Inputs n = workedExample();
        n.decision = RoiCalculator::Decision::None;
        QList<std::pair<QChar, RoiCalculator::Result>> items = {
            {u'N', RoiCalculator::calculate(n)}, {u'M', RoiCalculator::calculate(m)},
            {u'E', RoiCalculator::calculate(e)}, {u'D', RoiCalculator::calculate(d)},
            {u'C', RoiCalculator::calculate(c)}, {u'B', RoiCalculator::calculate(b)},
            {u'A', RoiCalculator::calculate(a)},
        };
        std::stable_sort(items.begin(), items.end(), [by](const auto &x, const auto &y) {
            return RoiCalculator::ranksBefore(x.second, y.second, RoiCalculator::RankBy(by));
        });
        QString order;
        for (const auto &item : items)
            order += item.first;
        QTEST(order, "expected");
    }
};

QTEST_GUILESS_MAIN(TestRoiCalculator)
#include "tst_roicalculator.moc"
