#include "certification.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString Certification::statusKey(Status status)
{
    switch (status) {
    case Status::Considering:
        return u"considering"_s;
    case Status::Planned:
        return u"planned"_s;
    case Status::Studying:
        return u"studying"_s;
    case Status::Earned:
        return u"earned"_s;
    case Status::Expired:
        return u"expired"_s;
    case Status::Abandoned:
        return u"abandoned"_s;
    }
    return u"considering"_s;
}

QString Certification::statusName(Status status)
{
    switch (status) {
    case Status::Considering:
        return QCoreApplication::translate("Certification", "Considering");
    case Status::Planned:
        return QCoreApplication::translate("Certification", "Planned");
    case Status::Studying:
        return QCoreApplication::translate("Certification", "Studying");
    case Status::Earned:
        return QCoreApplication::translate("Certification", "Earned");
    case Status::Expired:
        return QCoreApplication::translate("Certification", "Expired");
    case Status::Abandoned:
        return QCoreApplication::translate("Certification", "Abandoned");
    }
    return {};
}

std::optional<Certification::Status> Certification::statusFromKey(const QString &key)
{
    for (Status s : allStatuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QList<Certification::Status> Certification::allStatuses()
{
    return {Status::Considering, Status::Planned, Status::Studying,
            Status::Earned,      Status::Expired, Status::Abandoned};
}

bool Certification::isExpiredOn(const QDate &today) const
{
    return status == Status::Earned && expiresOn.isValid() && expiresOn < today;
}

Certification::Status Certification::effectiveStatus(const QDate &today) const
{
    return isExpiredOn(today) ? Status::Expired : status;
}
