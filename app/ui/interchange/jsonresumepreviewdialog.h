#pragma once

#include "io/jsonresumeimport.h"

#include <QDialog>

// Shows what importing a JSON Resume will do before anything is written: each entry as added,
// updated or unchanged, how many entries of the workbench the file leaves as they are, and what
// the file has that the workbench does not keep. Accept = import.
class JsonResumePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    JsonResumePreviewDialog(const QString &fileName, const JsonResumeImport::Summary &summary,
                            QWidget *parent = nullptr);
};
