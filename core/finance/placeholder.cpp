// Placeholder translation unit; removed when the area has real sources.
