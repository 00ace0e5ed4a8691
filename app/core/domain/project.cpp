#include "project.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString Project::statusKey(Status status)
{
    switch (status) {
    case Status::Idea:
        return u"idea"_s;
    case Status::InProgress:
        return u"in_progress"_s;
    case Status::Done:
        return u"done"_s;
    case Status::Archived:
        return u"archived"_s;
    }
    return u"idea"_s;
}

std::optional<Project::Status> Project::statusFromKey(const QString &key)
{
    for (const Status s : allStatuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QList<Project::Status> Project::allStatuses()
{
    return {Status::Idea, Status::InProgress, Status::Done, Status::Archived};
}

QString Project::statusName(Status status)
{
    switch (status) {
    case Status::Idea:
        return QCoreApplication::translate("Project", "Idea");
    case Status::InProgress:
        return QCoreApplication::translate("Project", "In progress");
    case Status::Done:
        return QCoreApplication::translate("Project", "Done");
    case Status::Archived:
        return QCoreApplication::translate("Project", "Archived");
    }
    return {};
}
