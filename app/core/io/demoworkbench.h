#pragma once

#include <QDate>
#include <QString>

class TaskControl;

// The demo workbench: the built-in roadmap plus a persona part-way along the path (profile,
// levels and study time, projects with results, certifications in every state, six months of
// interview practice), read from :/seed/demo.json and written in the language of the interface
// (DemoTranslation). Dates are placed relative to TODAY so the demo always looks current.
class DemoWorkbench
{
public:
    // Writes a new workbench at PATH, which must not exist yet; everything in one transaction.
    // With CONTROL, reports progress and stops when cancelled (nothing is left at PATH).
    static bool create(const QString &path, QString *error,
                       const QDate &today = QDate::currentDate(), TaskControl *control = nullptr);
};
