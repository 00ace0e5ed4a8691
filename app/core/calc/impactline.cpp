#include "impactline.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QChar Minus(0x2212);
const QString Arrow = QString(QChar(0x2192));

QString number(double v, const QLocale &locale)
{
    // Shortest exact form, at most 6 decimals, never scientific: 0.84, 420, 1,250.5.
    double rounded = std::round(v * 1e6) / 1e6;
    if (rounded == 0)
        rounded = 0; // no "-0"
    QString s = locale.toString(std::fabs(rounded), 'f', QLocale::FloatingPointShortest);
    if (rounded < 0)
        s.prepend(locale.negativeSign());
    return s;
}

} // namespace

QString ImpactLine::value(double v, const QString &unit, const QLocale &locale)
{
    const QString n = number(v, locale);
    const QString u = unit.trimmed();
    if (u.isEmpty())
        return n;
    // Signs that read as part of the number sit right beside it.
    if (u == "%"_L1 || u == "x"_L1 || u == QString(QChar(0x00d7)) || u == "pp"_L1)
        return n + u;
    return n + u' ' + u;
}

std::optional<double> ImpactLine::percentChange(const ProjectMetric &metric)
{
    if (!metric.baseline || *metric.baseline == 0 || !std::isfinite(*metric.baseline)
        || !std::isfinite(metric.achieved))
        return std::nullopt;
    return (metric.achieved - *metric.baseline) / std::fabs(*metric.baseline) * 100.0;
}

QString ImpactLine::percentText(double percent, const QLocale &locale)
{
    const double rounded = std::round(percent * 10) / 10;
    QString n = locale.toString(std::fabs(rounded), 'f', 1);
    if (rounded > 0)
        n.prepend(u'+');
    else if (rounded < 0)
        n.prepend(Minus);
    return QCoreApplication::translate("ImpactLine", "%1%", "percent change").arg(n);
}

std::optional<bool> ImpactLine::improved(const ProjectMetric &metric)
{
    if (!metric.baseline || *metric.baseline == metric.achieved)
        return std::nullopt;
    const bool up = metric.achieved > *metric.baseline;
    return metric.higherIsBetter ? up : !up;
}

QString ImpactLine::text(const ProjectMetric &metric, const QLocale &locale)
{
    const QString name = metric.name.trimmed();
    const QString achieved = value(metric.achieved, metric.unit, locale);
    if (!metric.baseline)
        return name.isEmpty() ? achieved : name + u' ' + achieved;
    const QString baseline = value(*metric.baseline, metric.unit, locale);
    const std::optional<double> change = percentChange(metric);
    if (!change) {
        return QCoreApplication::translate("ImpactLine", "%1 from %2 to %3",
                                           "metric name, baseline, achieved")
            .arg(name, baseline, achieved)
            .trimmed();
    }
    return (name + u' ' + baseline + u' ' + Arrow + u' ' + achieved + u" ("_s
            + percentText(*change, locale) + u')')
        .trimmed();
}
