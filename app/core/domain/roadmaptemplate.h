#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A shareable roadmap: stages, categories and skills with their targets, no personal levels.
// The built-in AI-engineer roadmap (resources/seed/roadmap.json) is one of these.
struct RoadmapTemplate
{
    struct Stage
    {
        QString key;
        QString name;
        QString description;
    };
    struct Category
    {
        QString key;
        QString name;
        QString description;
    };
    // A path to choose between (computer vision, NLP ...): only the chosen ones become targets.
    struct Specialisation
    {
        QString key;
        QString name;
        QString description;
    };
    struct Skill
    {
        QString key;
        QString name;
        QString stage; // Stage::key
        QString category; // Category::key
        QString specialisation; // Specialisation::key, empty for the core path
        QString description;
        int target = 3; // 0-5
        int priority = 2; // 1 low .. 4 critical
        QStringList prerequisites; // Skill::key
        QStringList aliases; // other names a job posting may use (table skill_aliases)
    };

    QString name;
    QString description;
    QList<Stage> stages;
    QList<Category> categories;
    QList<Specialisation> specialisations;
    QList<Skill> skills;
};
