list(APPEND PAGELAB_ENGINE_SOURCES
)
# machine/ sources are being integrated; listed once the hw and script modules they use exist.
