#pragma once

#include "domain/interviewformat.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Session formats: the built-in ones and those the user added. Writes run in the caller's
// transaction.
class InterviewFormatRepository
{
public:
    explicit InterviewFormatRepository(QSqlDatabase db);

    std::optional<QList<InterviewFormat>> all(QString *error) const;
    std::optional<QStringList> keys(QString *error) const;
    // Adds a format called NAME; returns its key ("" on failure, or when NAME gives no key).
    [[nodiscard]] QString add(const QString &name, QString *error);
    // Removes a user's format no session uses.
    [[nodiscard]] bool remove(const QString &key, QString *error);

private:
    QSqlDatabase m_db;
};
