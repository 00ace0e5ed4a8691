#include "languagerepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using SqlHelpers::textValue;

namespace {

void bindRow(QSqlQuery &q, const LanguageEntry &e)
{
    q.bindValue(u":id"_s, e.id > 0 ? QVariant(e.id) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(u":language"_s, textValue(e.language));
    q.bindValue(u":fluency"_s, textValue(e.fluency));
    q.bindValue(u":sort"_s, e.sortOrder);
}

} // namespace

LanguageRepository::LanguageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<LanguageEntry>> LanguageRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, language, fluency, sort_order FROM languages "
                "ORDER BY sort_order, id"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    QList<LanguageEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt()});
    return out;
}

WriteResult LanguageRepository::insert(const LanguageEntry &e)
{
    QList<qint64> ids;
    const WriteResult r = insertBatch({e}, &ids);
    return r.ok() ? WriteResult::success(ids.value(0)) : r;
}

WriteResult LanguageRepository::insertBatch(const QList<LanguageEntry> &entries, QList<qint64> *ids)
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO languages (id, language, fluency, sort_order) "
                   "VALUES (:id, :language, :fluency, :sort)"_s))
        return WriteResult::failure(q.lastError().text());
    for (const LanguageEntry &e : entries) {
        bindRow(q, e);
        if (!q.exec())
            return WriteResult::failure(QCoreApplication::translate("LanguageRepository", "%1: %2")
                                            .arg(e.language, q.lastError().text()));
        if (ids)
            ids->append(q.lastInsertId().toLongLong());
    }
    return WriteResult::success();
}

WriteResult LanguageRepository::update(const LanguageEntry &e)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE languages SET language = :language, fluency = :fluency, "
              "sort_order = :sort WHERE id = :id"_s);
    bindRow(q, e);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return WriteResult::failure(
            QCoreApplication::translate("LanguageRepository", "The entry no longer exists."));
    return WriteResult::success(e.id);
}

WriteResult LanguageRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM languages WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    return WriteResult::success();
}

QString LanguageRepository::displayText(const LanguageEntry &e)
{
    if (e.fluency.trimmed().isEmpty())
        return e.language.trimmed();
    //: A language and how well it is spoken, e.g. "German (B2)"
    return QCoreApplication::translate("LanguageRepository", "%1 (%2)")
        .arg(e.language.trimmed(), e.fluency.trimmed());
}
