#include "skillaliasrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

SkillAliasRepository::SkillAliasRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QHash<qint64, QStringList>> SkillAliasRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT skill_id, alias FROM skill_aliases ORDER BY skill_id, position, alias"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    QHash<qint64, QStringList> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(q.value(1).toString());
    return out;
}

std::optional<QStringList> SkillAliasRepository::aliases(qint64 skillId, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT alias FROM skill_aliases WHERE skill_id = ? ORDER BY position, alias"_s);
    q.addBindValue(skillId);
    if (!q.exec()) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

WriteResult SkillAliasRepository::setAliases(qint64 skillId, const QStringList &aliases)
{
    const QStringList clean = cleaned(aliases);
    if (clean.size() > MaxAliases)
        return WriteResult::failure(
            QCoreApplication::translate("SkillAliasRepository",
                                        "a skill has at most %1 other names")
                .arg(MaxAliases));
    for (const QString &a : clean) {
        if (a.size() > MaxAliasLength)
            return WriteResult::failure(
                QCoreApplication::translate("SkillAliasRepository",
                                            "\"%1\" is longer than %2 characters")
                    .arg(a.left(40))
                    .arg(MaxAliasLength));
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM skills WHERE id = ?"_s);
    q.addBindValue(skillId);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    if (!q.next())
        return WriteResult::failure(
            QCoreApplication::translate("SkillAliasRepository", "the skill no longer exists"));
    q.prepare(u"DELETE FROM skill_aliases WHERE skill_id = ?"_s);
    q.addBindValue(skillId);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    q.prepare(u"INSERT INTO skill_aliases (skill_id, alias, position) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < clean.size(); ++i) {
        q.addBindValue(skillId);
        q.addBindValue(clean.at(i));
        q.addBindValue(i);
        if (!q.exec())
            return WriteResult::failure(q.lastError().text());
    }
    return WriteResult::success();
}

QStringList SkillAliasRepository::cleaned(const QStringList &aliases)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &a : aliases) {
        const QString s = a.simplified();
        if (s.isEmpty() || seen.contains(s.toCaseFolded()))
            continue;
        seen.insert(s.toCaseFolded());
        out.append(s);
    }
    return out;
}

QStringList SkillAliasRepository::parse(const QString &text)
{
    return cleaned(text.split(u','));
}

QHash<QString, QStringList> SkillAliasRepository::builtIn()
{
    static const QHash<QString, QStringList> list = [] {
        QHash<QString, QStringList> out;
        QFile f(u":/seed/skill-aliases.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject aliases
            = QJsonDocument::fromJson(f.readAll()).object().value("aliases"_L1).toObject();
        for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it) {
            QStringList names;
            for (const QJsonValue &v : it.value().toArray())
                names.append(v.toString());
            out.insert(it.key(), cleaned(names));
        }
        return out;
    }();
    return list;
}
