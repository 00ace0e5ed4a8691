#include "readinessscore.h"

#include "domain/readinessitem.h"

#include <cmath>

using namespace Qt::StringLiterals;

QStringList ReadinessScore::Result::missing() const
{
    QStringList out;
    for (const ItemResult &item : items) {
        if (!item.passed)
            out << item.id;
    }
    return out;
}

ReadinessScore::Result ReadinessScore::evaluate(const Project &project,
                                                const QList<ChecklistEntry> &entries)
{
    Result result;
    int total = 0;
    int earned = 0;
    for (const QString &id : ReadinessItem::ids()) {
        ItemResult item;
        item.id = id;
        item.weight = ReadinessItem::weight(id);
        const ChecklistEntry *entry = nullptr;
        for (const ChecklistEntry &e : entries) {
            if (e.id == id) {
                entry = &e;
                break;
            }
        }
        if (entry && entry->ticked)
            item.source = Source::Manual;
        else if (id == "results"_L1 && !project.metrics.isEmpty())
            item.source = Source::ProjectData;
        else if (id == "target"_L1 && project.hasTarget())
            item.source = Source::ProjectData;
        else if (entry && entry->scanned.value_or(false))
            item.source = Source::Scan;
        item.passed = item.source != Source::None;
        total += item.weight;
        if (item.passed)
            earned += item.weight;
        result.items << item;
    }
    result.score = total > 0 ? int(std::lround(100.0 * earned / total)) : 0;
    return result;
}

int ReadinessScore::scoreOf(const QStringList &passedIds)
{
    int total = 0;
    int earned = 0;
    for (const QString &id : ReadinessItem::ids()) {
        total += ReadinessItem::weight(id);
        if (passedIds.contains(id))
            earned += ReadinessItem::weight(id);
    }
    return total > 0 ? int(std::lround(100.0 * earned / total)) : 0;
}
