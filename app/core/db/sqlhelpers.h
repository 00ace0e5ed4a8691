#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Small helpers every repository needs.
namespace SqlHelpers {

// Text columns are NOT NULL, and Qt 6 binds a null QString as NULL: bind "" instead.
inline QString textValue(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Copies the query's error into *ERROR (when given) and returns false, for `return failWith(q, e)`.
inline bool failWith(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace SqlHelpers
