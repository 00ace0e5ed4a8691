#include "jobmatchrepository.h"

#include "sqlhelpers.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

static QJsonObject aliasFile()
{
    static const QJsonObject file = [] {
        QFile f(u":/seed/skill-aliases.json"_s);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }();
    return file;
}

JobMatchRepository::JobMatchRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QStringList JobMatchRepository::vocabulary()
{
    QStringList out;
    for (const QJsonValue &v : aliasFile().value("vocabulary"_L1).toArray())
        out.append(v.toString());
    return out;
}

std::optional<QList<SkillProfile>> JobMatchRepository::skills(QString *error) const
{
    QList<SkillProfile> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, current_level, target_level FROM skills ORDER BY id"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        SkillProfile s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.level = q.value(2).toInt();
        s.target = q.value(3).toInt();
        index.insert(s.id, out.size());
        out.append(s);
    }
    if (!q.exec(u"SELECT skill_id, alias FROM skill_aliases ORDER BY skill_id, position"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].aliases.append(q.value(1).toString());
    }
    const QList<QPair<QString, QString>> evidence {
        {JobMatcher::tr("Project: %1"),
         u"SELECT ps.skill_id, p.name FROM project_skills ps JOIN projects p ON p.id = "
         "ps.project_id ORDER BY p.position, p.id"_s},
        {JobMatcher::tr("Certification: %1"),
         u"SELECT cs.skill_id, c.name FROM certification_skills cs JOIN certifications c ON "
         "c.id = cs.certification_id WHERE c.status = 'earned' ORDER BY c.position, c.id"_s},
        {JobMatcher::tr("Interview practice: %1"),
         u"SELECT skill_id, name FROM interview_topics WHERE skill_id IS NOT NULL AND "
         "last_practised IS NOT NULL ORDER BY name"_s},
    };
    for (const auto &[label, sql] : evidence) {
        if (!q.exec(sql)) {
            SqlHelpers::failWith(q, error);
            return std::nullopt;
        }
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                out[*it].evidence.append(label.arg(q.value(1).toString()));
        }
    }
    return out;
}
