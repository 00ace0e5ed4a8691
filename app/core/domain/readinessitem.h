#pragma once

#include <QString>
#include <QStringList>

// The readiness checklist's items (issue #10): stable ids stored in the workbench and printed
// by `--scan-repo --json`, each with a weight; the weights add up to 100.
namespace ReadinessItem {

// Every id, in checklist order.
QStringList ids();
// The item's share of the score, 0 for an unknown id.
int weight(const QString &id);
// What the item asks for, translated ("A README with install steps").
QString title(const QString &id);
// True for items a scan passes when it finds nothing (absolute_paths, secrets).
bool passesWhenNothingFound(const QString &id);

} // namespace ReadinessItem
