#include "profilevalidator.h"

#include "calc/money.h"

using namespace Qt::StringLiterals;

QString ProfileValidator::currencyProblem(const QString &code)
{
    if (Money::isValidCode(code))
        return {};
    if (code.isEmpty())
        return tr("Enter a currency, as a three-letter code such as USD or EUR.");
    return tr("\"%1\" is not a currency code: use three capital letters such as USD or EUR.")
        .arg(code);
}

Problems ProfileValidator::validate(const Profile &p)
{
    Problems problems;
    if (const QString c = currencyProblem(p.currency); !c.isEmpty())
        problems.add(u"currency"_s, c);
    if (!(p.currentSalary >= 0))
        problems.add(u"currentSalary"_s, tr("The salary cannot be negative."));
    if (!p.email.isEmpty() && (!p.email.contains(u'@') || p.email.trimmed() != p.email))
        problems.add(u"email"_s, tr("\"%1\" is not an email address.").arg(p.email));
    return problems;
}
