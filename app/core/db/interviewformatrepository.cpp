#include "interviewformatrepository.h"

#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;

InterviewFormatRepository::InterviewFormatRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<InterviewFormat>> InterviewFormatRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, name, built_in FROM interview_formats ORDER BY position, name"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<InterviewFormat> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return result;
}

std::optional<QStringList> InterviewFormatRepository::keys(QString *error) const
{
    const auto formats = all(error);
    if (!formats)
        return std::nullopt;
    QStringList keys;
    for (const InterviewFormat &f : *formats)
        keys << f.key;
    return keys;
}

QString InterviewFormatRepository::add(const QString &name, QString *error)
{
    const QString key = InterviewFormat::keyFor(name);
    if (key.isEmpty()) {
        if (error)
            *error = QObject::tr("A format's name needs at least one letter or digit.");
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO interview_formats (key, name, built_in, position) VALUES (?, ?, 0, "
              "(SELECT coalesce(max(position), 0) + 1 FROM interview_formats))"_s);
    q.addBindValue(key);
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        failWith(q, error);
        return {};
    }
    return key;
}

bool InterviewFormatRepository::remove(const QString &key, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM interview_formats WHERE key = ? AND built_in = 0"_s);
    q.addBindValue(key);
    return q.exec() || failWith(q, error);
}
