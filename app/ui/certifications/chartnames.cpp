#include "chartnames.h"

#include <QCoreApplication>
#include <QFontMetrics>

using namespace Qt::StringLiterals;

namespace ChartNames {

QString elided(const QString &name, int max)
{
    return name.size() <= max ? name : name.left(max - 1) + QChar(0x2026);
}

QStringList distinctlyElided(const QStringList &names, int max)
{
    QStringList labels;
    labels.reserve(names.size());
    for (int i = 0; i < names.size(); ++i) {
        int keep = max;
        QString label = elided(names.at(i), keep);
        auto clashes = [&](const QString &l) {
            for (int j = 0; j < names.size(); ++j) {
                if (j != i && names.at(j) != names.at(i) && elided(names.at(j), keep) == l)
                    return true;
            }
            return false;
        };
        while (keep < names.at(i).size() && clashes(label))
            label = elided(names.at(i), ++keep);
        QString unique = label;
        // In the context of the compare charts, where this was written first.
        for (int n = 2; labels.contains(unique); ++n)
            unique = QCoreApplication::translate("CompareCharts", "%1 (%2)").arg(label).arg(n);
        labels.append(unique);
    }
    return labels;
}

QString wrappedTitle(const QString &title, const QFontMetrics &metrics, int room)
{
    QStringList lines;
    QString line;
    for (const QString &word : title.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (line.isEmpty() || metrics.horizontalAdvance(longer) <= room) {
            line = longer;
        } else {
            lines << line.toHtmlEscaped();
            line = word;
        }
    }
    lines << line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

} // namespace ChartNames
