#include "educationrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using SqlHelpers::dateValue;
using SqlHelpers::textValue;
using SqlHelpers::toDate;

namespace {

const QString Columns = u"id, institution, area, study_type, url, started_on, ended_on, score, "
                        "courses, sort_order"_s;

EducationEntry readRow(const QSqlQuery &q)
{
    EducationEntry e;
    e.id = q.value(0).toLongLong();
    e.institution = q.value(1).toString();
    e.area = q.value(2).toString();
    e.studyType = q.value(3).toString();
    e.url = q.value(4).toString();
    e.startedOn = toDate(q.value(5));
    e.endedOn = toDate(q.value(6));
    e.score = q.value(7).toString();
    const QString courses = q.value(8).toString();
    e.courses = courses.isEmpty() ? QStringList() : courses.split(u'\n');
    e.sortOrder = q.value(9).toInt();
    return e;
}

void bindRow(QSqlQuery &q, const EducationEntry &e)
{
    q.bindValue(u":id"_s, e.id > 0 ? QVariant(e.id) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(u":institution"_s, textValue(e.institution));
    q.bindValue(u":area"_s, textValue(e.area));
    q.bindValue(u":type"_s, textValue(e.studyType));
    q.bindValue(u":url"_s, textValue(e.url));
    q.bindValue(u":started"_s, dateValue(e.startedOn));
    q.bindValue(u":ended"_s, dateValue(e.endedOn));
    q.bindValue(u":score"_s, textValue(e.score));
    q.bindValue(u":courses"_s, textValue(e.courses.join(u'\n')));
    q.bindValue(u":sort"_s, e.sortOrder);
}

const QString InsertSql
    = u"INSERT INTO education (id, institution, area, study_type, url, started_on, ended_on, "
      "score, courses, sort_order) VALUES (:id, :institution, :area, :type, :url, :started, "
      ":ended, :score, :courses, :sort)"_s;

} // namespace

EducationRepository::EducationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<EducationEntry>> EducationRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + Columns + u" FROM education ORDER BY sort_order, id"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    QList<EducationEntry> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

std::optional<EducationEntry> EducationRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + Columns + u" FROM education WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

WriteResult EducationRepository::insert(const EducationEntry &e)
{
    QList<qint64> ids;
    const WriteResult r = insertBatch({e}, &ids);
    return r.ok() ? WriteResult::success(ids.value(0)) : r;
}

WriteResult EducationRepository::insertBatch(const QList<EducationEntry> &entries,
                                             QList<qint64> *ids)
{
    QSqlQuery q(m_db);
    if (!q.prepare(InsertSql))
        return WriteResult::failure(q.lastError().text());
    for (const EducationEntry &e : entries) {
        bindRow(q, e);
        if (!q.exec())
            return WriteResult::failure(QCoreApplication::translate("EducationRepository", "%1: %2")
                                            .arg(e.institution, q.lastError().text()));
        if (ids)
            ids->append(q.lastInsertId().toLongLong());
    }
    return WriteResult::success();
}

WriteResult EducationRepository::update(const EducationEntry &e)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE education SET institution = :institution, area = :area, "
              "study_type = :type, url = :url, started_on = :started, ended_on = :ended, "
              "score = :score, courses = :courses, sort_order = :sort WHERE id = :id"_s);
    bindRow(q, e);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return WriteResult::failure(
            QCoreApplication::translate("EducationRepository", "The entry no longer exists."));
    return WriteResult::success(e.id);
}

WriteResult EducationRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM education WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    return WriteResult::success();
}
