#include "resumedetailsrepository.h"

#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::textValue;

namespace {

WriteResult failed(const QSqlQuery &q)
{
    return WriteResult::failure(q.lastError().text());
}

template<typename T>
std::optional<T> readFailed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return std::nullopt;
}

// Table, start column, end column (empty: none) of a dated row.
struct DatedColumns
{
    QString table;
    QString start;
    QString end;
};

DatedColumns columns(ResumeDetailsRepository::Dated table)
{
    switch (table) {
    case ResumeDetailsRepository::Dated::Work:
        return {u"work_history"_s, u"started_precision"_s, u"ended_precision"_s};
    case ResumeDetailsRepository::Dated::Education:
        return {u"education"_s, u"started_precision"_s, u"ended_precision"_s};
    case ResumeDetailsRepository::Dated::Project:
        return {u"projects"_s, u"started_precision"_s, u"finished_precision"_s};
    case ResumeDetailsRepository::Dated::Certification:
        break;
    }
    return {u"certifications"_s, u"earned_precision"_s, u"earned_precision"_s};
}

int clampPrecision(int p)
{
    return p < 1 ? 1 : p > 3 ? 3 : p;
}

} // namespace

ResumeDetailsRepository::ResumeDetailsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<PostalAddress> ResumeDetailsRepository::address(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT address, postal_code, city, country_code, region FROM profile "
                "WHERE id = 1"_s))
        return readFailed<PostalAddress>(q, error);
    PostalAddress a;
    if (q.next()) {
        a.address = q.value(0).toString();
        a.postalCode = q.value(1).toString();
        a.city = q.value(2).toString();
        a.countryCode = q.value(3).toString();
        a.region = q.value(4).toString();
    }
    return a;
}

WriteResult ResumeDetailsRepository::setAddress(const PostalAddress &a)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE profile SET address = ?, postal_code = ?, city = ?, country_code = ?, "
              "region = ? WHERE id = 1"_s);
    q.addBindValue(textValue(a.address));
    q.addBindValue(textValue(a.postalCode));
    q.addBindValue(textValue(a.city));
    q.addBindValue(textValue(a.countryCode));
    q.addBindValue(textValue(a.region));
    return q.exec() ? WriteResult::success() : failed(q);
}

std::optional<QHash<qint64, ResumeDetailsRepository::Precision>>
ResumeDetailsRepository::precisions(Dated table, QString *error) const
{
    const DatedColumns c = columns(table);
    QSqlQuery q(m_db);
    // Table and column names come from the fixed list above, never from data.
    if (!q.exec(u"SELECT id, %1, %2 FROM %3"_s.arg(c.start, c.end, c.table)))
        return readFailed<QHash<qint64, Precision>>(q, error);
    QHash<qint64, Precision> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

WriteResult ResumeDetailsRepository::setPrecision(Dated table, qint64 id, Precision p)
{
    const DatedColumns c = columns(table);
    QSqlQuery q(m_db);
    if (table == Dated::Certification) {
        q.prepare(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(c.table, c.end));
    } else {
        q.prepare(u"UPDATE %1 SET %2 = ?, %3 = ? WHERE id = ?"_s.arg(c.table, c.start, c.end));
        q.addBindValue(clampPrecision(p.start));
    }
    q.addBindValue(clampPrecision(p.end));
    q.addBindValue(id);
    return q.exec() ? WriteResult::success() : failed(q);
}

std::optional<QHash<qint64, ResumeDetailsRepository::Wording>>
ResumeDetailsRepository::wordings(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT skill_id, level_text, keywords FROM skill_resume"_s))
        return readFailed<QHash<qint64, Wording>>(q, error);
    QHash<qint64, Wording> out;
    while (q.next()) {
        const QString keywords = q.value(2).toString();
        out.insert(
            q.value(0).toLongLong(),
            {q.value(1).toString(), keywords.isEmpty() ? QStringList() : keywords.split(u'\n')});
    }
    return out;
}

WriteResult ResumeDetailsRepository::setWording(qint64 skillId, const Wording &w)
{
    QSqlQuery q(m_db);
    if (w.levelText.isEmpty() && w.keywords.isEmpty()) {
        q.prepare(u"DELETE FROM skill_resume WHERE skill_id = ?"_s);
        q.addBindValue(skillId);
    } else {
        q.prepare(u"INSERT OR REPLACE INTO skill_resume (skill_id, level_text, keywords) "
                  "VALUES (?, ?, ?)"_s);
        q.addBindValue(skillId);
        q.addBindValue(textValue(w.levelText));
        q.addBindValue(w.keywords.join(u'\n'));
    }
    return q.exec() ? WriteResult::success() : failed(q);
}
