#include "profilerepository.h"

#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ProfileRepository::ProfileRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<Profile> ProfileRepository::load(QString *error) const
{
    Profile p;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT name, headline, email, phone, website, location, summary, current_salary, "
                "currency, target_role FROM profile WHERE id = 1"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return p;
    p.name = q.value(0).toString();
    p.headline = q.value(1).toString();
    p.email = q.value(2).toString();
    p.phone = q.value(3).toString();
    p.website = q.value(4).toString();
    p.location = q.value(5).toString();
    p.summary = q.value(6).toString();
    p.currentSalary = q.value(7).toDouble();
    p.currency = q.value(8).toString();
    p.targetRole = q.value(9).toString();
    return p;
}

bool ProfileRepository::save(const Profile &p, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE profile SET name = ?, headline = ?, email = ?, phone = ?, website = ?, "
              "location = ?, summary = ?, current_salary = ?, currency = ?, target_role = ?, "
              "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = 1"_s);
    using SqlHelpers::textValue;
    for (const QVariant &v :
         {QVariant(textValue(p.name)), QVariant(textValue(p.headline)),
          QVariant(textValue(p.email)), QVariant(textValue(p.phone)),
          QVariant(textValue(p.website)), QVariant(textValue(p.location)),
          QVariant(textValue(p.summary)), QVariant(p.currentSalary),
          QVariant(textValue(p.currency.toUpper())), QVariant(textValue(p.targetRole))})
        q.addBindValue(v);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    if (q.lastError().type() == QSqlError::NoError) {
        if (error)
            *error = QStringLiteral("The workbench has no profile row.");
        return false;
    }
    if (error)
        *error = q.lastError().text();
    return false;
}

WriteResult ProfileRepository::setUpdatedAt(const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE profile SET updated_at = ? WHERE id = 1"_s);
    q.addBindValue(at.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s));
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    return WriteResult::success();
}

std::optional<QList<ProfileLink>> ProfileRepository::links(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, network, username, url, position FROM profile_links "
                "ORDER BY position, id"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    QList<ProfileLink> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt()});
    return out;
}

WriteResult ProfileRepository::setLinks(const QList<ProfileLink> &links)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"DELETE FROM profile_links"_s))
        return WriteResult::failure(q.lastError().text());
    if (!q.prepare(u"INSERT INTO profile_links (network, username, url, position) "
                   "VALUES (?, ?, ?, ?)"_s))
        return WriteResult::failure(q.lastError().text());
    int position = 0;
    for (const ProfileLink &l : links) {
        q.addBindValue(SqlHelpers::textValue(l.network));
        q.addBindValue(SqlHelpers::textValue(l.username));
        q.addBindValue(SqlHelpers::textValue(l.url));
        q.addBindValue(position++);
        if (!q.exec())
            return WriteResult::failure(q.lastError().text());
    }
    return WriteResult::success();
}
