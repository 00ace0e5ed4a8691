#pragma once

#include "db/writeresult.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The other names of each skill (table skill_aliases): what a job posting may call it ("torch"
// for PyTorch, "k8s" for Kubernetes). Kept with the skill, edited on the Skills page, read by
// job matching. Compared without regard to case. Writes run in the caller's transaction.
class SkillAliasRepository
{
public:
    static constexpr int MaxAliases = 50; // per skill
    static constexpr int MaxAliasLength = 100;

    explicit SkillAliasRepository(QSqlDatabase db);

    // Every skill's aliases in their order, by skill id (one query).
    std::optional<QHash<qint64, QStringList>> all(QString *error) const;
    std::optional<QStringList> aliases(qint64 skillId, QString *error) const;
    // Replaces SKILLID's aliases with ALIASES (cleaned()); refused, with nothing written, when
    // the skill does not exist or an alias is too long or there are too many.
    WriteResult setAliases(qint64 skillId, const QStringList &aliases);

    // Trimmed, whitespace collapsed, no empties, each once whatever its case, in the given order.
    static QStringList cleaned(const QStringList &aliases);
    // "torch, PyTorch Lightning" -> {"torch", "PyTorch Lightning"}
    static QStringList parse(const QString &text);
    // The built-in aliases (resources/seed/skill-aliases.json), by the built-in roadmap's
    // English skill name.
    static QHash<QString, QStringList> builtIn();

private:
    QSqlDatabase m_db;
};
