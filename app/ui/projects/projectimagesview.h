#pragma once

#include "domain/projectimage.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// A project's diagrams and screenshots as thumbnails, with Add and Remove. The bytes are
// checked (type, size, pixels: ProjectValidator::imageProblem) before anything is asked for;
// the page writes them through undo commands.
class ProjectImagesView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectImagesView(QWidget *parent = nullptr);

    // Shows IMAGES of PROJECTID (0: none selected).
    void setImages(qint64 projectId, const QList<ProjectImage> &images);
    // Reads FILENAME and asks for it to be added; returns the problem, empty when asked.
    QString addFile(const QString &fileName);

    QListWidget *list() const { return m_list; }

signals:
    void addRequested(const ProjectImage &image);
    void removeRequested(const ProjectImage &image);

private:
    void chooseFile();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_note;
    qint64 m_projectId = 0;
    QList<ProjectImage> m_images;
};
