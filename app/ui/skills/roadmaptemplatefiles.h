#pragma once

#include "domain/roadmaptemplate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;
class QWidget;

// The Skills page's file actions for roadmap templates, asked through the Dialogs seam.
class RoadmapTemplateFiles
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapTemplateFiles)
public:
    struct NewWorkbench
    {
        QString path; // the new workbench file (does not exist yet)
        RoadmapTemplate roadmap; // what to seed it with
    };

    // Asks for a file and writes the open workbench's roadmap to it (stages, categories,
    // skills, targets and priorities; no levels, evidence or study time). Returns the path
    // written, or an empty string when cancelled or refused (the user has been told why).
    static QString exportRoadmap(QWidget *parent, Database *database);

    // Asks for a template, checks it (a malformed one is refused with line and column and
    // nothing else happens), then asks where the new workbench goes.
    static std::optional<NewWorkbench> chooseTemplate(QWidget *parent, const QString &startDir);

    static QString templateFilter();
};
