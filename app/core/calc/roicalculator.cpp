#include "roicalculator.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace {
constexpr double Epsilon = 1e-9;

bool isNegative(double v)
{
    return !(v >= 0); // also catches NaN
}
} // namespace

int RoiCalculator::renewalsWithin(int renewalPeriodMonths, int years)
{
    if (renewalPeriodMonths <= 0 || years <= 0)
        return 0;
    const int months = years * 12;
    return (months - 1) / renewalPeriodMonths;
}

RoiCalculator::Result RoiCalculator::calculate(const Inputs &in)
{
    Result r;
    if (in.horizonYears <= 0) {
        r.refusal = Refusal::ZeroHorizon;
        return r;
    }
    if (isNegative(in.examCost) || isNegative(in.materialsCost) || isNegative(in.otherCost)
        || isNegative(in.renewalCost) || in.renewalPeriodMonths < 0 || isNegative(in.plannedHours)
        || isNegative(in.loggedHours) || isNegative(in.hourlyValue) || isNegative(in.currentSalary)
        || (in.upliftAmount && isNegative(*in.upliftAmount))
        || (in.upliftPercent && isNegative(*in.upliftPercent))) {
        r.refusal = Refusal::NegativeInput;
        return r;
    }
    if (!(in.taxRate >= 0 && in.taxRate <= 1) || !(in.discountRate > -1)
        || !std::isfinite(in.discountRate)) {
        r.refusal = Refusal::BadRate;
        return r;
    }

    r.cashCost = in.examCost + in.materialsCost + in.otherCost;
    r.renewals = renewalsWithin(in.renewalPeriodMonths, in.horizonYears);
    r.renewalCost = in.renewalCost * r.renewals;
    r.studyHours = std::max(in.plannedHours, in.loggedHours);
    r.timeCost = r.studyHours * in.hourlyValue;
    r.totalCost = r.cashCost + r.renewalCost + r.timeCost;

    if (in.upliftAmount)
        r.annualUplift = *in.upliftAmount;
    else if (in.upliftPercent)
        r.annualUplift = in.currentSalary * *in.upliftPercent / 100.0;
    r.annualBenefit = r.annualUplift * (1.0 - in.taxRate);

    double discounted = 0;
    for (int t = 1; t <= in.horizonYears; ++t)
        discounted += r.annualBenefit / std::pow(1.0 + in.discountRate, t);
    r.npv = discounted - r.totalCost;

    r.free = r.totalCost < Epsilon;
    r.noPayback = r.annualBenefit < Epsilon;
    if (!r.free)
        r.roiPercent = (r.annualBenefit * in.horizonYears - r.totalCost) / r.totalCost * 100.0;
    if (!r.noPayback)
        r.paybackMonths = r.free ? 0.0 : r.totalCost / (r.annualBenefit / 12.0);
    // What each study hour returns over the horizon, after the money spent on the exam,
    // materials and renewals: compare it with the value of an hour of your time.
    if (r.studyHours > Epsilon)
        r.valuePerStudyHour
            = (r.annualBenefit * in.horizonYears - r.cashCost - r.renewalCost) / r.studyHours;
    return r;
}

double RoiCalculator::cumulativeNet(const Result &result, double month)
{
    return result.annualBenefit / 12.0 * month - result.totalCost;
}

QList<QPointF> RoiCalculator::breakEvenSeries(const Result &result, int horizonYears)
{
    QList<QPointF> points;
    if (!result.isValid() || horizonYears <= 0)
        return points;
    const int months = horizonYears * 12;
    points.reserve(months + 1);
    for (int m = 0; m <= months; ++m)
        points.append(QPointF(m, cumulativeNet(result, m)));
    return points;
}

bool RoiCalculator::ranksBefore(const Result &a, const Result &b, RankBy by)
{
    // A (tier, value) key per result keeps the order a strict weak ordering: lower tier first,
    // then higher value first.
    auto key = [by](const Result &r) -> std::pair<int, double> {
        if (!r.isValid())
            return {3, 0.0};
        switch (by) {
        case RankBy::Npv:
            return {1, r.npv};
        case RankBy::Roi:
            if (r.free)
                return r.noPayback ? std::pair {1, 0.0} : std::pair {0, r.annualBenefit};
            return {1, *r.roiPercent};
        case RankBy::Payback:
            if (r.noPayback)
                return {2, r.npv};
            return {1, -*r.paybackMonths};
        }
        return {3, 0.0};
    };
    const auto ka = key(a);
    const auto kb = key(b);
    if (ka.first != kb.first)
        return ka.first < kb.first;
    return ka.second > kb.second;
}
