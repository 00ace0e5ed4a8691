#pragma once

#include <QObject>
#include <QString>

// Tells pages that data they show may have changed elsewhere (another page, an undo, an
// import). Pages that care reload when they are next shown, or at once if visible.
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
        Everything = 0xff
    };
    Q_DECLARE_FLAGS(Areas, Area)
    Q_FLAG(Areas)

    using QObject::QObject;

    void notify(Areas areas) { emit changed(areas); }

signals:
    void changed(ChangeNotifier::Areas areas);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeNotifier::Areas)
