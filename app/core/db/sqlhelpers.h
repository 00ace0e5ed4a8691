#pragma once

#include <QDate>
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

// Dates are stored as ISO text ("2026-03-01"); an invalid date as NULL.
inline QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace SqlHelpers
