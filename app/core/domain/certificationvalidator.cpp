#include "certificationvalidator.h"

#include "profilevalidator.h"

using namespace Qt::StringLiterals;

Problems CertificationValidator::validate(const Certification &c)
{
    Problems problems;
    if (c.name.trimmed().isEmpty())
        problems.add(u"name"_s, tr("Give the certification a name."));
    // Empty: the profile's currency.
    if (!c.currency.isEmpty())
        if (const QString p = ProfileValidator::currencyProblem(c.currency); !p.isEmpty())
            problems.add(u"currency"_s, p);
    const QList<QPair<QString, double>> amounts = {
        {u"examCost"_s, c.examCost},         {u"materialsCost"_s, c.materialsCost},
        {u"otherCost"_s, c.otherCost},       {u"renewalCost"_s, c.renewalCost},
        {u"plannedHours"_s, c.plannedHours},
    };
    for (const auto &[field, value] : amounts)
        if (!(value >= 0))
            problems.add(field, tr("This cannot be negative."));
    if (c.renewalPeriodMonths < 0)
        problems.add(u"renewalPeriodMonths"_s, tr("The renewal period cannot be negative."));
    if (c.upliftAmount && c.upliftPercent)
        problems.add(u"uplift"_s,
                     tr("Give the salary gain as an amount or as a percentage, not both."));
    else if ((c.upliftAmount && !(*c.upliftAmount >= 0))
             || (c.upliftPercent && !(*c.upliftPercent >= 0)))
        problems.add(u"uplift"_s, tr("The salary gain cannot be negative."));
    if (c.startedOn.isValid() && c.examOn.isValid() && c.examOn < c.startedOn)
        problems.add(u"examOn"_s, tr("The exam cannot be before the start of studying."));
    if (c.examOn.isValid() && c.earnedOn.isValid() && c.earnedOn < c.examOn)
        problems.add(u"earnedOn"_s, tr("The certification cannot be earned before the exam."));
    if (c.earnedOn.isValid() && c.expiresOn.isValid() && c.expiresOn < c.earnedOn)
        problems.add(u"expiresOn"_s, tr("It cannot expire before it was earned."));
    return problems;
}
