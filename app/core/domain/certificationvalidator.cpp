#include "certificationvalidator.h"

#include "datetext.h"
#include "profilevalidator.h"

using namespace Qt::StringLiterals;

Problems CertificationValidator::validate(const Certification &c)
{
    Problems problems;
    if (c.name.trimmed().isEmpty())
        problems.add(u"name"_s, tr("Enter a name."));
    // Empty: the profile's currency. The one currency rule is the profile's.
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
            problems.add(field, tr("Cannot be negative."));
    if (c.renewalPeriodMonths < 0)
        problems.add(u"renewalPeriodMonths"_s, tr("The renewal period cannot be negative."));
    if (c.upliftAmount && c.upliftPercent)
        problems.add(u"uplift"_s,
                     tr("Give the salary gain as an amount or as a percentage, not both."));
    else if ((c.upliftAmount && !(*c.upliftAmount >= 0))
             || (c.upliftPercent && !(*c.upliftPercent >= 0)))
        problems.add(u"uplift"_s, tr("Cannot be negative."));
    // Start <= exam <= earned <= expiry, comparing each set date with the latest set one
    // before it (an expiry before the start is wrong even when no exam date is set).
    struct Step
    {
        QString field;
        QDate date;
        QString name;
    };
    const QList<Step> steps = {{QString(), c.startedOn, tr("the start")},
                               {u"examOn"_s, c.examOn, tr("the exam")},
                               {u"earnedOn"_s, c.earnedOn, tr("the earned date")},
                               {u"expiresOn"_s, c.expiresOn, tr("the expiry")}};
    const Step *latest = nullptr;
    for (const Step &s : steps) {
        if (!s.date.isValid())
            continue;
        if (latest && s.date < latest->date)
            problems.add(s.field,
                         tr("Cannot be before %1 (%2).")
                             .arg(latest->name, DateText::shortDate(latest->date)));
        else
            latest = &s;
    }
    return problems;
}
