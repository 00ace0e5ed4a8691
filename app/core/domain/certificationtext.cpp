#include "certificationtext.h"

#include "domain/datetext.h"

QString CertificationText::refusal(RoiCalculator::Refusal refusal)
{
    switch (refusal) {
    case RoiCalculator::Refusal::None:
        return {};
    case RoiCalculator::Refusal::ZeroHorizon:
        return tr("Set a horizon of at least one year");
    case RoiCalculator::Refusal::NegativeInput:
        return tr("Costs, hours and uplift cannot be negative");
    case RoiCalculator::Refusal::BadRate:
        return tr("The tax or discount rate is out of range");
    case RoiCalculator::Refusal::SalaryMissing:
        return tr("Enter your salary in Edit > Preferences");
    case RoiCalculator::Refusal::UpliftMissing:
        return tr("Enter the expected salary gain: Edit...");
    case RoiCalculator::Refusal::NoOpenDecision:
        return tr("nothing left to decide");
    }
    return {};
}

QString CertificationText::refusalShort(RoiCalculator::Refusal refusal)
{
    switch (refusal) {
    case RoiCalculator::Refusal::SalaryMissing:
        //: In the ROI column: the user's salary is not entered yet
        return tr("needs your salary");
    case RoiCalculator::Refusal::UpliftMissing:
        //: In the ROI column: the certification's expected salary gain is not entered yet
        return tr("needs salary gain");
    case RoiCalculator::Refusal::NoOpenDecision:
        return CertificationText::refusal(refusal);
    case RoiCalculator::Refusal::None:
        return {};
    case RoiCalculator::Refusal::ZeroHorizon:
    case RoiCalculator::Refusal::NegativeInput:
    case RoiCalculator::Refusal::BadRate:
        //: In the ROI column: an input is out of range (the tooltip says which)
        return tr("check inputs");
    }
    return {};
}

QString CertificationText::roi(const RoiCalculator::Result &r, const QLocale &locale)
{
    if (!r.isValid())
        return refusal(r.refusal);
    if (r.free)
        return tr("free");
    //: ROI as a percentage, e.g. "483.3 %"
    return tr("%1 %").arg(locale.toString(*r.roiPercent, 'f', 1));
}

QString CertificationText::payback(const RoiCalculator::Result &r, const QLocale &locale)
{
    if (!r.isValid())
        return refusal(r.refusal);
    if (r.noPayback)
        return tr("no payback");
    if (*r.paybackMonths <= 0)
        return tr("at once");
    // A benefit of a few cents a year pays back in millennia: not a useful number.
    if (*r.paybackMonths > 1200)
        return tr("over 100 years");
    return tr("%1 months").arg(locale.toString(*r.paybackMonths, 'f', 1));
}

QString CertificationText::date(const QDate &date, const QLocale &locale)
{
    return DateText::shortDate(date, locale);
}

QString CertificationText::eventKind(CertificationCalendar::Event::Kind kind)
{
    switch (kind) {
    case CertificationCalendar::Event::Kind::Exam:
        return tr("Exam");
    case CertificationCalendar::Event::Kind::Expiry:
        return tr("Expires");
    case CertificationCalendar::Event::Kind::Renewal:
        return tr("Renewal due");
    }
    return {};
}

QString CertificationText::years(int n, const QLocale &locale)
{
    return n == 1 ? tr("1 year") : tr("%1 years").arg(locale.toString(n));
}

QString CertificationText::months(int n, const QLocale &locale)
{
    return n == 1 ? tr("1 month") : tr("%1 months").arg(locale.toString(n));
}

QString CertificationText::daysAway(int days)
{
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    return tr("in %n days", nullptr, days);
}
