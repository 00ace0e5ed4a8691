#pragma once

#include "domain/profile.h"

#include <QSqlDatabase>
#include <QString>

class ProfileRepository
{
public:
    explicit ProfileRepository(QSqlDatabase db);

    Profile load(QString *error = nullptr) const;
    // Runs in the caller's transaction when there is one.
    bool save(const Profile &profile, QString *error);

private:
    QSqlDatabase m_db;
};
