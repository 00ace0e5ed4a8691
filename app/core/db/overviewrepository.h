#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// Read-only views of the workbench: row counts (dashboard, --check) and the profile's name.
class OverviewRepository
{
public:
    struct Counts
    {
        int stages = 0;
        int categories = 0;
        int skills = 0;
        int studySessions = 0;
        int certifications = 0;
        int projects = 0;
        int interviewSessions = 0;
        int interviewTopics = 0;
        int workHistory = 0;
        int education = 0;
    };

    explicit OverviewRepository(QSqlDatabase db);

    // nullopt (with *ERROR) when a table cannot be read.
    std::optional<Counts> counts(QString *error) const;
    // The profile's name ("" without a profile); nullopt (with *ERROR) when unreadable.
    std::optional<QString> profileName(QString *error) const;

private:
    QSqlDatabase m_db;
};
