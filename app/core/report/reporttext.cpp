#include "reporttext.h"

#include "domain/datetext.h"

#include <cmath>

using namespace Qt::StringLiterals;

QString ReportText::monthYear(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, u"MMM yyyy"_s) : QString();
}

QString ReportText::day(const QDate &date, const QLocale &locale)
{
    return DateText::shortDate(date, locale);
}

QString ReportText::range(const QDate &from, const QDate &to, const QLocale &locale)
{
    if (!from.isValid() && !to.isValid())
        return {};
    if (!from.isValid())
        return monthYear(to, locale);
    const QString end = to.isValid() ? monthYear(to, locale) : tr("present");
    return tr("%1 – %2").arg(monthYear(from, locale), end);
}

QString ReportText::number(double value, const QLocale &locale)
{
    // At most three decimals, trailing zeros dropped: 0.86, 1,200, 5.1
    QString text = locale.toString(value, 'f', 3);
    const QChar point = locale.decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString ReportText::percent(double value, const QLocale &locale, int decimals)
{
    return tr("%1 %").arg(locale.toString(value, 'f', decimals));
}

QString ReportText::impactLine(const ReportData::Metric &m, const QLocale &locale)
{
    const QString unit = m.unit.isEmpty() ? QString() : u" "_s + m.unit;
    const QString achieved = number(m.achieved, locale) + unit;
    if (!m.baseline)
        return tr("%1: %2").arg(m.name, achieved);
    const QString baseline = number(*m.baseline, locale) + unit;
    const double base = *m.baseline;
    if (base == 0 || !std::isfinite(base))
        return tr("%1: %2 to %3").arg(m.name, baseline, achieved);
    const double change = (m.achieved - base) / std::abs(base) * 100.0;
    const double better = m.higherIsBetter ? change : -change;
    const QString amount = percent(std::abs(better), locale);
    if (better >= 0.5)
        return tr("%1: %2 to %3 (%4 better)").arg(m.name, baseline, achieved, amount);
    if (better <= -0.5)
        return tr("%1: %2 to %3 (%4 worse)").arg(m.name, baseline, achieved, amount);
    return tr("%1: %2 to %3").arg(m.name, baseline, achieved);
}

QString ReportText::projectStatus(const QString &key)
{
    if (key == "done"_L1)
        return tr("Finished");
    if (key == "in_progress"_L1)
        return tr("In progress");
    if (key == "archived"_L1)
        return tr("Archived");
    return tr("Idea");
}

QString ReportText::certificationStatus(Certification::Status status)
{
    return Certification::statusName(status);
}

QString ReportText::interviewFormat(const QString &key)
{
    if (key == "coding"_L1)
        return tr("Coding");
    if (key == "system_design"_L1)
        return tr("System design");
    if (key == "ml_theory"_L1)
        return tr("ML theory");
    if (key == "behavioural"_L1)
        return tr("Behavioural");
    if (key == "take_home"_L1)
        return tr("Take-home");
    if (key == "screening"_L1)
        return tr("Screening");
    return tr("Technical");
}

QString ReportText::interviewKind(const QString &key)
{
    return key == "real"_L1 ? tr("Real") : tr("Mock");
}

Qt::LayoutDirection ReportText::direction(const QString &language)
{
    return language.isEmpty() ? Qt::LeftToRight : QLocale(language).textDirection();
}
