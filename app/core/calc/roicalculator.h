#pragma once

#include <QList>
#include <QPointF>

#include <optional>

// The return on a certification, as pure functions: inputs in, results out. Results never
// hold inf or NaN: a free certification and one without payback are explicit states.
class RoiCalculator
{
public:
    struct Inputs
    {
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
    };

    struct Result
    {
        Refusal refusal = Refusal::None;
        double cashCost = 0; // exam + materials + other
        int renewals = 0; // renewals falling inside the horizon
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
    };

    enum class RankBy { Npv, Roi, Payback };

    static Result calculate(const Inputs &in);

    // Renewals due strictly inside a horizon of YEARS (a renewal at month P, 2P, ... that
    // falls on or after the horizon's end is beyond it).
    static int renewalsWithin(int renewalPeriodMonths, int years);
    // Cumulative net value (benefit earned so far minus total cost) at the end of MONTH;
    // it crosses zero at the payback month.
    static double cumulativeNet(const Result &result, double month);
    // Points (month, cumulative net) for months 0..horizon.
    static QList<QPointF> breakEvenSeries(const Result &result, int horizonYears);
    // True when A ranks before B: higher NPV, higher ROI (free first), sooner payback
    // (no payback last). Invalid results rank last.
    static bool ranksBefore(const Result &a, const Result &b, RankBy by);
};
