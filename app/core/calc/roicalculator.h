#pragma once

#include <QList>
#include <QPointF>

#include <optional>

// The return on a certification, as pure functions: inputs in, results out. Results never
// hold inf or NaN: a free certification and one without payback are explicit states.
class RoiCalculator
{
public:
    // What is still open to decide. For an earned certification the exam, materials and study
    // are spent whatever happens next: only renewing (or letting it lapse) is open.
    enum class Decision {
        Purchase, // a candidate: pay, study, sit the exam
        Renewal, // earned: renew when due, or lose the gain from then on
        None, // nothing left to decide (expired, abandoned, earned without renewal)
    };

    struct Inputs
    {
        Decision decision = Decision::Purchase;
        // Months from today until the gain starts: the planned exam date for a purchase. For a
        // renewal the gain at stake starts at the first renewal.
        double benefitStartMonths = 0;
        // Months from today until the first renewal falls due; unset: one renewal period after
        // the gain starts. A renewal counts in the month it falls in (65 days away: month 2).
        std::optional<double> firstRenewalMonths;
        double examCost = 0;
        double materialsCost = 0;
        double otherCost = 0;
        double renewalCost = 0;
        int renewalPeriodMonths = 0; // 0 = no renewal
        double plannedHours = 0;
        double loggedHours = 0;
        double hourlyValue = 0; // value of one study hour
        // The expected gain a year, as an amount or as a percentage of the current salary;
        // when both are set the amount is used.
        std::optional<double> upliftAmount;
        std::optional<double> upliftPercent;
        double currentSalary = 0;
        double taxRate = 0.30; // 0..1
        double discountRate = 0.08; // a year
        int horizonYears = 3;
    };

    enum class Refusal {
        None,
        ZeroHorizon, // the horizon must be at least one year
        NegativeInput, // a cost, hour count, uplift, salary or hourly value below zero
        BadRate, // tax rate outside 0..100 %, discount rate at or below -100 %
        // Not a refusal of the input but a figure the calculation needs and does not have:
        // without them the result would be a guess (a "-100 %" that only means "unknown").
        SalaryMissing, // the uplift is a share of salary, or a study hour is valued from it
        UpliftMissing, // no expected gain, neither an amount nor a percentage
        NoOpenDecision, // Decision::None: nothing to rank
    };

    struct Result
    {
        Refusal refusal = Refusal::None;
        Decision decision = Decision::Purchase;
        double cashCost = 0; // exam + materials + other (0 for a renewal: already spent)
        int renewals = 0; // renewals falling inside the horizon
        QList<double> renewalDueMonths; // months from today, inside the horizon
        double renewalUnitCost = 0;
        double benefitStartMonths = 0;
        double renewalCost = 0; // renewal cost x renewals
        double studyHours = 0; // planned hours until logged hours exceed them
        double timeCost = 0; // study hours x hourly value
        double totalCost = 0;
        double annualUplift = 0; // before tax
        double annualBenefit = 0; // after tax
        double npv = 0;
        bool free = false; // total cost is zero: ROI and payback are not a ratio
        bool noPayback = false; // no benefit: it never pays back
        std::optional<double> roiPercent; // unset when free
        std::optional<double> paybackMonths; // unset when there is no payback
        std::optional<double> valuePerStudyHour; // unset without study hours

        bool isValid() const { return refusal == Refusal::None; }
        // A figure is missing (salary or uplift): say what to enter, don't rank or chart it.
        bool isInputMissing() const
        {
            return refusal == Refusal::SalaryMissing || refusal == Refusal::UpliftMissing;
        }
    };

    enum class RankBy { Npv, Roi, Payback };

    static Result calculate(const Inputs &in);

    // Renewals due strictly inside a horizon of YEARS (a renewal at month P, 2P, ... that
    // falls on or after the horizon's end is beyond it).
    static int renewalsWithin(int renewalPeriodMonths, int years);
    // Cumulative net value at the end of MONTH: the benefit earned since it started, minus
    // what is paid up front and the renewals fallen due by then; it crosses zero at payback.
    static double cumulativeNet(const Result &result, double month);
    // Points (month, cumulative net) for months 0..horizon.
    static QList<QPointF> breakEvenSeries(const Result &result, int horizonYears);
    // True when A ranks before B: higher NPV, higher ROI (free first), sooner payback
    // (no payback last). Results with a missing input come next, then refused ones, and
    // results without an open decision last.
    static bool ranksBefore(const Result &a, const Result &b, RankBy by);
};
