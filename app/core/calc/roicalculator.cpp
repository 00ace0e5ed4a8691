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
    r.decision = in.decision;
    if (in.horizonYears <= 0) {
        r.refusal = Refusal::ZeroHorizon;
        return r;
    }
    if (isNegative(in.examCost) || isNegative(in.materialsCost) || isNegative(in.otherCost)
        || isNegative(in.renewalCost) || in.renewalPeriodMonths < 0 || isNegative(in.plannedHours)
        || isNegative(in.loggedHours) || isNegative(in.hourlyValue) || isNegative(in.currentSalary)
        || isNegative(in.benefitStartMonths)
        || (in.firstRenewalMonths && isNegative(*in.firstRenewalMonths))
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
    if (in.decision == Decision::None) {
        r.refusal = Refusal::NoOpenDecision;
        return r;
    }

    const bool renewal = in.decision == Decision::Renewal;
    const double horizonMonths = in.horizonYears * 12.0;
    // A purchase's exam, materials and study are still to be paid; a renewal's are spent.
    if (!renewal) {
        r.cashCost = in.examCost + in.materialsCost + in.otherCost;
        r.studyHours = std::max(in.plannedHours, in.loggedHours);
        r.timeCost = r.studyHours * in.hourlyValue;
    }
    const double firstDue = in.firstRenewalMonths.value_or(
        renewal ? 0.0 : in.benefitStartMonths + in.renewalPeriodMonths);
    r.benefitStartMonths = renewal ? firstDue : in.benefitStartMonths;
    if (renewal || in.renewalPeriodMonths > 0) {
        for (double due = firstDue; due < horizonMonths && r.renewalDueMonths.size() < 1200;
             due += in.renewalPeriodMonths) {
            r.renewalDueMonths << due;
            if (in.renewalPeriodMonths <= 0)
                break; // a single renewal (at the expiry) without a period
        }
    }
    r.renewals = int(r.renewalDueMonths.size());
    r.renewalUnitCost = in.renewalCost;
    r.renewalCost = in.renewalCost * r.renewals;
    r.totalCost = r.cashCost + r.renewalCost + r.timeCost;

    if (!in.upliftAmount && !in.upliftPercent) {
        r.refusal = Refusal::UpliftMissing;
        return r;
    }
    const bool hourValuedFromNoSalary
        = r.studyHours > Epsilon && in.hourlyValue < Epsilon && in.currentSalary < Epsilon;
    if ((!in.upliftAmount && in.currentSalary < Epsilon) || hourValuedFromNoSalary) {
        r.refusal = Refusal::SalaryMissing;
        return r;
    }

    if (in.upliftAmount)
        r.annualUplift = *in.upliftAmount;
    else if (in.upliftPercent)
        r.annualUplift = in.currentSalary * *in.upliftPercent / 100.0;
    r.annualBenefit = r.annualUplift * (1.0 - in.taxRate);

    // Each year's benefit, for the part of the year after the gain starts, discounted at the
    // year's end (with the gain starting today: the textbook annuity).
    double discounted = 0;
    for (int t = 1; t <= in.horizonYears; ++t) {
        const double from = std::max(r.benefitStartMonths, 12.0 * (t - 1));
        const double share = std::clamp((12.0 * t - from) / 12.0, 0.0, 1.0);
        discounted += r.annualBenefit * share / std::pow(1.0 + in.discountRate, t);
    }
    r.npv = discounted - r.totalCost;
    const double monthly = r.annualBenefit / 12.0;
    const double earned = monthly * std::max(0.0, horizonMonths - r.benefitStartMonths);

    r.free = r.totalCost < Epsilon;
    r.noPayback = r.annualBenefit < Epsilon;
    if (!r.free)
        r.roiPercent = (earned - r.totalCost) / r.totalCost * 100.0;
    if (!r.noPayback) {
        if (r.free) {
            r.paybackMonths = 0.0;
        } else {
            // Walk forward: each renewal falling due before the point of payback so far
            // must be earned back too.
            double cost = r.cashCost + r.timeCost;
            double at = r.benefitStartMonths + cost / monthly;
            for (double due : std::as_const(r.renewalDueMonths)) {
                if (std::floor(due) > at)
                    break;
                cost += in.renewalCost;
                at = r.benefitStartMonths + cost / monthly;
            }
            r.paybackMonths = at;
        }
    }
    // What each study hour returns over the horizon, after the money spent on the exam,
    // materials and renewals: compare it with the value of an hour of your time.
    if (r.studyHours > Epsilon)
        r.valuePerStudyHour = (earned - r.cashCost - r.renewalCost) / r.studyHours;
    return r;
}

double RoiCalculator::cumulativeNet(const Result &result, double month)
{
    double net = result.annualBenefit / 12.0 * std::max(0.0, month - result.benefitStartMonths)
        - result.cashCost - result.timeCost;
    for (double due : result.renewalDueMonths) {
        if (std::floor(due) <= month)
            net -= result.renewalUnitCost;
    }
    return net;
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
        if (r.isInputMissing())
            return {3, 0.0};
        if (r.refusal == Refusal::NoOpenDecision)
            return {5, 0.0};
        if (!r.isValid())
            return {4, 0.0};
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
        return {4, 0.0};
    };
    const auto ka = key(a);
    const auto kb = key(b);
    if (ka.first != kb.first)
        return ka.first < kb.first;
    return ka.second > kb.second;
}
