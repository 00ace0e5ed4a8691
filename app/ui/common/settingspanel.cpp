#include "settingspanel.h"

#include "db/database.h"
#include "db/settingsrepository.h"

#include <cmath>

bool SettingsPanel::storeIfChanged(const QString &key, double value, double defaultValue,
                                   QString *error)
{
    SettingsRepository settings(m_context.database->connection());
    const std::optional<double> stored = settings.doubleValue(key, defaultValue, error);
    if (!stored)
        return false;
    if (std::abs(*stored - value) < 1e-9)
        return true;
    return settings.setValue(key, value, error);
}
