#include "profilerepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ProfileRepository::ProfileRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Profile ProfileRepository::load(QString *error) const
{
    Profile p;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT name, headline, email, phone, website, location, summary, current_salary, "
                "currency, target_role FROM profile WHERE id = 1"_s)
        || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return p;
    }
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
    for (const QVariant &v :
         {QVariant(p.name), QVariant(p.headline), QVariant(p.email), QVariant(p.phone),
          QVariant(p.website), QVariant(p.location), QVariant(p.summary), QVariant(p.currentSalary),
          QVariant(p.currency.toUpper()), QVariant(p.targetRole)})
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
