#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

// Settings that belong to the document (study budget, ROI assumptions ...), kept in the
// workbench's own `settings` table so they travel with the file.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    // Every stored setting by key; nullopt (with *ERROR) when the table cannot be read.
    std::optional<QHash<QString, QVariant>> all(QString *error) const;
    // One setting, DEFAULTVALUE when it is unset; nullopt (with *ERROR) when it cannot be read,
    // so a failed read is never taken for the default.
    [[nodiscard]] std::optional<QVariant> value(const QString &key, QString *error,
                                                const QVariant &defaultValue = {}) const;
    // The same as a number: DEFAULTVALUE when unset or not a number; nullopt when unreadable.
    [[nodiscard]] std::optional<double> doubleValue(const QString &key, double defaultValue,
                                                    QString *error) const;
    [[nodiscard]] bool setValue(const QString &key, const QVariant &value, QString *error);
    [[nodiscard]] bool remove(const QString &key, QString *error);

private:
    QSqlDatabase m_db;
};
