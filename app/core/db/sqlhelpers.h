#pragma once

#include <QCoreApplication>
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

// Why the query failed. A query on a closed connection fails without a message: a caller
// must still have something to show, and an empty message would read as success.
inline QString errorText(const QSqlQuery &q)
{
    const QString text = q.lastError().text();
    return text.isEmpty()
        ? QCoreApplication::translate("SqlHelpers", "the workbench file is not open")
        : text;
}

// Copies the query's error into *ERROR (when given) and returns false, for `return failWith(q, e)`.
inline bool failWith(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = errorText(q);
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
