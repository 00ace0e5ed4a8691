#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// The File > Open Recent list, kept in QSettings, newest first.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int Max = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void openRequested(const QString &path);

private:
    void save(const QStringList &files);
    void rebuild();

    QMenu *m_menu;
};
