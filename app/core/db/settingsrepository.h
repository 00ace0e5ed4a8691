#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// Settings that belong to the document (study budget, ROI assumptions ...), kept in the
// workbench's own `settings` table so they travel with the file.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    double doubleValue(const QString &key, double defaultValue) const;
    bool setValue(const QString &key, const QVariant &value, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
