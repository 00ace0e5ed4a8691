#pragma once

#include <QObject>
#include <QString>

// Tells pages that data they show may have changed elsewhere (another page, an undo, an
// import). Every notice carries the areas that changed and its ORIGIN: the store (or other
// object) that wrote. A page skips the notices of its own stores (it has already applied
// them) and reloads for the others: at once if visible, else when next shown (see Page).
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    enum Area {
        Profile = 0x1,
        Skills = 0x2,
        Certifications = 0x4,
        Projects = 0x8,
        Interviews = 0x10,
        StudyLog = 0x20,
        Settings = 0x40,
        Resume = 0x80, // work history, education, profile links
        Everything = 0xff
    };
    Q_DECLARE_FLAGS(Areas, Area)
    Q_FLAG(Areas)

    using QObject::QObject;

    void notify(Areas areas, const QObject *origin = nullptr) { emit changed(areas, origin); }

signals:
    void changed(ChangeNotifier::Areas areas, const QObject *origin);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeNotifier::Areas)
