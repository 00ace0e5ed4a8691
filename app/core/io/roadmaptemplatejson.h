#pragma once

#include "domain/roadmaptemplate.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

#include <optional>

// Reads and writes roadmap templates as JSON ("format": "career-workbench-roadmap").
class RoadmapTemplateJson
{
public:
    static constexpr int FormatVersion = 1;

    // Limits on a template file: past any of them it is refused with a message. Generous for
    // real roadmaps (the built-in one has under 100 skills), small enough for every page to stay
    // quick.
    static constexpr int MaxFileBytes = 8 * 1024 * 1024;
    static constexpr int MaxDepth = 8; // the format needs 4 levels of arrays and objects
    static constexpr int MaxStages = 200;
    static constexpr int MaxCategories = 1000;
    static constexpr int MaxSkills = 5000;
    static constexpr int MaxPrerequisites = 100; // per skill
    static constexpr int MaxAliases = 50; // per skill (SkillAliasRepository::MaxAliases)
    static constexpr int MaxAliasLength = 100; // characters in one alias
    static constexpr int MaxTextLength = 20000; // characters in one name or description

    // Parses and validates; on failure *error says where (line and column for syntax errors,
    // the field path for content errors) and what.
    static std::optional<RoadmapTemplate> parse(const QByteArray &json, QString *error);
    static std::optional<RoadmapTemplate> load(const QString &path, QString *error);
    static QByteArray serialize(const RoadmapTemplate &t);

    // The built-in AI-engineer roadmap, with its texts in the language of LOCALE where the
    // roadmap comes in that language (RoadmapTranslation), in English otherwise.
    static RoadmapTemplate builtIn(const QLocale &locale = QLocale());

    // Line and column (1-based) of a byte offset in DATA.
    static QString position(const QByteArray &data, int offset);
};
