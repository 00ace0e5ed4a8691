#include "jobapplication.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {
const std::array<QLatin1StringView, JobApplication::StageCount> StageKeys
    = {"applied"_L1, "screen"_L1,   "technical"_L1, "onsite"_L1,
       "offer"_L1,   "rejected"_L1, "withdrawn"_L1};
}

QString JobApplication::stageKey(Stage stage)
{
    return QString(StageKeys.at(size_t(stage)));
}

bool JobApplication::stageFromKey(const QString &key, Stage *stage)
{
    for (size_t i = 0; i < StageKeys.size(); ++i) {
        if (key == StageKeys.at(i)) {
            *stage = Stage(i);
            return true;
        }
    }
    return false;
}
