#include "projectimagesview.h"

#include "common/dialogs.h"
#include "domain/projectvalidator.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int ThumbSize = 160;
constexpr int ImageIdRole = Qt::UserRole + 1;
} // namespace

ProjectImagesView::ProjectImagesView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add Ima&ge..."), this))
    , m_remove(new QPushButton(tr("&Remove Image"), this))
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_list->setObjectName(u"imagesList"_s);
    m_list->setAccessibleName(tr("Images"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(ThumbSize, ThumbSize));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSpacing(8);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);
    auto *bar = new QHBoxLayout;
    m_add->setObjectName(u"addImageButton"_s);
    m_remove->setObjectName(u"removeImageButton"_s);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    m_note->setObjectName(u"imagesNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    bar->addWidget(m_note, 1);
    layout->addLayout(bar);
    connect(m_add, &QPushButton::clicked, this, &ProjectImagesView::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &ProjectImagesView::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ProjectImagesView::updateButtons);
    setImages(0, {});
}

void ProjectImagesView::setImages(qint64 projectId, const QList<ProjectImage> &images)
{
    m_projectId = projectId;
    m_images = images;
    m_list->clear();
    for (const ProjectImage &image : images) {
        const QImage picture = ProjectImage::decodeUpright(image.data);
        auto *item = new QListWidgetItem(m_list);
        item->setText(image.caption);
        item->setData(ImageIdRole, image.id);
        item->setToolTip(
            tr("%1 (%2 KB)")
                .arg(image.caption, QLocale().toString((image.data.size() + 1023) / 1024)));
        if (!picture.isNull())
            item->setIcon(QPixmap::fromImage(picture.scaled(
                ThumbSize, ThumbSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_note->setText(
        projectId == 0
            ? QString()
            : tr("A diagram or screenshot, up to %1 MB each (PNG, JPEG, GIF, WebP or BMP), "
                 "stored in the workbench file.")
                  .arg(QLocale().toString(ProjectImage::MaxBytes / (1024 * 1024))));
    updateButtons();
}

void ProjectImagesView::updateButtons()
{
    m_add->setEnabled(m_projectId != 0);
    m_remove->setEnabled(m_projectId != 0 && !m_list->selectedItems().isEmpty());
}

void ProjectImagesView::chooseFile()
{
    const QString fileName
        = Dialogs::openFileName(this, tr("Add an Image"),
                                QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"));
    if (fileName.isEmpty())
        return;
    const QString problem = addFile(fileName);
    if (!problem.isEmpty())
        Dialogs::warning(this, tr("Add an Image"), problem);
}

QString ProjectImagesView::addFile(const QString &fileName)
{
    if (m_projectId == 0)
        return tr("Select a project first.");
    QFile file(fileName);
    // The size is checked before reading: a huge file is never loaded.
    if (file.size() > ProjectImage::MaxBytes)
        return tr("The image is larger than %1 MB; save a smaller one.")
            .arg(QLocale().toString(ProjectImage::MaxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(QFileInfo(fileName).fileName(), file.errorString());
    ProjectImage image;
    image.projectId = m_projectId;
    image.caption = QFileInfo(fileName).completeBaseName();
    image.data = file.read(ProjectImage::MaxBytes + 1);
    const QString problem = ProjectValidator::imageProblem(image.data, &image.mimeType);
    if (!problem.isEmpty())
        return problem;
    emit addRequested(image);
    return {};
}

void ProjectImagesView::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(ImageIdRole).toLongLong();
    for (const ProjectImage &image : std::as_const(m_images)) {
        if (image.id == id)
            emit removeRequested(image);
    }
}
